// Security-relevant events an operator should be able to find and alert on: refused attempts
// (403), failed and rate-limited sign-ins, API tokens over their rate. One JSON object per line on
// stderr, never a request body, password or token secret. (Changes people make are in the audit
// trail; these are attempts that changed nothing, so they are logged instead of audited: an
// attacker cannot fill the audit trail with them.)
import type { Principal } from "@/lib/domain/auth/permissions";

export type SecurityEvent = "forbidden" | "sign-in.failed" | "sign-in.rate-limited" | "api.rate-limited";

type Field = string | number | boolean | null | undefined;

export function logSecurityEvent(event: SecurityEvent, fields: Record<string, Field>): void {
  const line = { level: "warn", at: new Date().toISOString(), event, ...fields };
  console.warn(JSON.stringify(line));
}

/** Who was refused, without names (they are personal data) — ids an admin can look up. */
export function principalFields(principal: Principal | null): Record<string, Field> {
  return { userId: principal?.userId ?? null, tokenId: principal?.token?.id ?? null };
}
