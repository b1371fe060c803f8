// Who may do what. Pure, so the role × action matrix is testable as a table; every server
// action and API route asks `can()` on the server before it changes anything.
//
//   organisation admin  everything, everywhere (users, teams, checklist content included)
//   team maintainer     that team's catalogue, assessments, findings, action items, reviews,
//                       API tokens and webhooks
//   member              reads everything; may keep assessment drafts and review notes
//   anyone signed in    their own personal API tokens ("token:own")
//   API token           at most what its owner (a user, or a team as maintainer) may do,
//                       further limited to the token's scopes

export const PERMISSIONS = [
  "catalog:write", // create/edit/archive entities and relations, import
  "usage:write", // post observed usage events
  "assessment:draft", // start and edit a draft assessment
  "assessment:submit", // submit (the score changes)
  "signal:triage", // accept / reopen findings
  "action-item:write",
  "review:run", // start, annotate and close reviews
  "review:note", // add notes to an open review
  "checklist:admin", // add, edit, retire checklist items
  "org:admin", // users, teams, roles
  "token:manage", // create and revoke API tokens for a team
  "token:own", // create and revoke your own personal API tokens (they never exceed you)
  "webhook:manage", // create, disable, delete and test a team's outgoing webhooks
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type OrgRole = "ADMIN" | "MEMBER";
export type TeamRole = "MAINTAINER" | "MEMBER";

export interface Principal {
  /** The user acting (for a team token: null). */
  userId: string | null;
  /** Display name for audit entries and conflict messages. */
  name: string;
  orgRole: OrgRole;
  /** teamId → role. */
  teamRoles: Readonly<Record<string, TeamRole>>;
  /** Set when acting through an API token: its id and scopes. */
  token?: { id: string; scopes: readonly Permission[] };
}

const ORG_WIDE: ReadonlySet<Permission> = new Set(["checklist:admin", "org:admin"]);
const MEMBER_ALLOWED: ReadonlySet<Permission> = new Set(["assessment:draft", "review:note"]);
/** Things everyone signed in may do for themselves, whatever their roles. */
const SELF_SERVICE: ReadonlySet<Permission> = new Set(["token:own"]);

/**
 * `teamId` is the team that owns what is being changed (null for organisation-wide things, or
 * an orphan entity: only admins may change those).
 */
export function can(principal: Principal | null, permission: Permission, scope: { teamId: string | null }): boolean {
  if (!principal) return false;
  if (principal.token && !principal.token.scopes.includes(permission)) return false;
  if (principal.orgRole === "ADMIN") return true;
  if (SELF_SERVICE.has(permission)) return true;
  if (ORG_WIDE.has(permission) || scope.teamId === null) return false;
  const role = principal.teamRoles[scope.teamId];
  if (role === "MAINTAINER") return true;
  if (role === "MEMBER") return MEMBER_ALLOWED.has(permission);
  return false;
}

/**
 * Whether the principal may do this on at least one team (or organisation-wide): a cheap first
 * gate before expensive work whose team is only known after it (parsing an import batch).
 */
export function canSomewhere(principal: Principal | null, permission: Permission): boolean {
  if (!principal) return false;
  if (can(principal, permission, { teamId: null })) return true;
  return Object.keys(principal.teamRoles).some((teamId) => can(principal, permission, { teamId }));
}

/** The permissions a person holds somewhere: what a personal token of theirs may be given. */
export function heldPermissions(principal: Principal): Permission[] {
  return PERMISSIONS.filter((p) => canSomewhere(principal, p));
}
