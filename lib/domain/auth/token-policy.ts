// What an API token may be given. A personal token acts as its owner (never more); a team token
// acts as a maintainer of its team only, so organisation-wide scopes would be dead weight on it.
import { PERMISSIONS, type Permission, type Principal } from "./permissions";

export const SCOPE_INFO: Readonly<Record<Permission, { label: string; description: string }>> = {
  "catalog:write": { label: "Catalogue", description: "Create, edit and archive entities and relations; import." },
  "usage:write": { label: "Usage", description: "Report observed usage of models." },
  "assessment:draft": { label: "Assessment drafts", description: "Start and edit draft assessments." },
  "assessment:submit": { label: "Submit assessments", description: "Submit assessments (changes scores)." },
  "signal:triage": { label: "Findings", description: "Accept and reopen findings." },
  "action-item:write": { label: "Action items", description: "Create and update action items." },
  "review:run": { label: "Reviews", description: "Start, annotate and close reviews." },
  "review:note": { label: "Review notes", description: "Add notes to open reviews." },
  "checklist:admin": { label: "Checklist content", description: "Edit checklist items (admins)." },
  "org:admin": { label: "Organisation", description: "People, teams and roles (admins)." },
  "token:manage": { label: "Team tokens", description: "Revoke the team's API tokens." },
  "token:own": { label: "Own tokens", description: "Revoke your own personal tokens." },
  "webhook:manage": { label: "Webhooks", description: "Disable, delete and test the team's webhooks." },
};

const NOT_FOR_TEAMS: ReadonlySet<Permission> = new Set(["checklist:admin", "org:admin", "token:own"]);
export const TEAM_TOKEN_SCOPES: readonly Permission[] = PERMISSIONS.filter((p) => !NOT_FOR_TEAMS.has(p));

export const EXPIRY_CHOICES = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "No expiry" },
] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]["value"];
export const EXPIRY_VALUES = EXPIRY_CHOICES.map((c) => c.value) as [ExpiryChoice, ...ExpiryChoice[]];
export const DEFAULT_EXPIRY: ExpiryChoice = "90";

/** A team token belongs to no person, so it must end: at most a year, whatever it was given. */
export const MAX_TEAM_TOKEN_DAYS = 365;
export const TEAM_EXPIRY_CHOICES = EXPIRY_CHOICES.filter((c) => c.value !== "never");
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a team token stops working: its own expiry or MAX_TEAM_TOKEN_DAYS after it was made, whichever is first. */
export function teamTokenEnd(token: { createdAt: Date; expiresAt: Date | null }): Date {
  const max = new Date(token.createdAt.getTime() + MAX_TEAM_TOKEN_DAYS * DAY_MS);
  return token.expiresAt && token.expiresAt < max ? token.expiresAt : max;
}

export function expiresAtFor(choice: ExpiryChoice, now: Date): Date | null {
  if (choice === "never") return null;
  return new Date(now.getTime() + Number(choice) * 24 * 60 * 60 * 1000);
}

/**
 * Scopes a new token may not have; empty when all are allowed. A team token never holds
 * organisation-wide or personal scopes; a personal token never holds a scope its owner lacks
 * everywhere (`held`: heldPermissions(owner)), so it cannot carry rights into a later promotion.
 */
export function disallowedScopes(
  kind: "personal" | "team",
  scopes: readonly Permission[],
  held: readonly Permission[] = PERMISSIONS,
): Permission[] {
  return kind === "team" ? scopes.filter((s) => NOT_FOR_TEAMS.has(s)) : scopes.filter((s) => !held.includes(s));
}

export type TokenStatus = "active" | "expired" | "revoked";
export function tokenStatus(
  token: { revokedAt: Date | null; expiresAt: Date | null; createdAt?: Date; team?: boolean },
  now: Date,
): TokenStatus {
  if (token.revokedAt) return "revoked";
  const end =
    token.team && token.createdAt
      ? teamTokenEnd({ createdAt: token.createdAt, expiresAt: token.expiresAt })
      : token.expiresAt;
  if (end && end <= now) return "expired";
  return "active";
}

/**
 * The team a team token reads for (it has no person behind it, so it sees its own team's
 * reviews only; people read everything, as on the pages); null for people and personal tokens.
 */
export function teamTokenTeamId(principal: Principal): string | null {
  if (!principal.token || principal.userId !== null) return null;
  return Object.keys(principal.teamRoles)[0] ?? null;
}
