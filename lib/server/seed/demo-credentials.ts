// The demo users (lib/server/seed/demo/people.ts) get a known password so the sign-in page of
// the embedded demo can offer "sign in as the admin / maintainer / member" in one click. The
// hash comes from better-auth's own hasher (scrypt), stored where better-auth looks for it: an
// Account with providerId "credential". Idempotent: a password that already verifies is kept.
// Only the embedded demo (scripts/start.ts) and the end-to-end tests call this; a real
// deployment that loads demo data gets no demo passwords.
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Db } from "@/lib/server/db/client";
import { DEMO_USERS } from "./demo/people";

/** Public on purpose: the demo says so on its sign-in page. */
export const DEMO_PASSWORD = "debtboard-demo";
/** better-auth's provider id for email-and-password accounts. */
const CREDENTIAL = "credential";

export async function ensureDemoCredentials(db: Db): Promise<{ set: number; kept: number }> {
  const result = { set: 0, kept: 0 };
  for (const demo of DEMO_USERS) {
    const user = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (!user) continue;
    const account = await db.account.findFirst({
      where: { userId: user.id, providerId: CREDENTIAL },
      select: { id: true, password: true },
    });
    if (account?.password && (await verifyPassword({ hash: account.password, password: DEMO_PASSWORD }))) {
      result.kept++;
      continue;
    }
    const password = await hashPassword(DEMO_PASSWORD);
    if (account) await db.account.update({ where: { id: account.id }, data: { password } });
    else await db.account.create({ data: { userId: user.id, providerId: CREDENTIAL, accountId: user.id, password } });
    result.set++;
  }
  return result;
}
