// Why a control is disabled, in the words a person needs: who may do it instead. Members see the
// control greyed with this sentence rather than a control that vanishes or leads nowhere.
import type { Permission } from "./permissions";

const ORG_ONLY: ReadonlySet<Permission> = new Set(["checklist:admin", "org:admin"]);

/** "Only Ranking maintainers can close this review." — `teamName` null: an organisation-wide thing. */
export function onlyWhoCan(permission: Permission, teamName: string | null, doing: string): string {
  const who = ORG_ONLY.has(permission) || teamName === null ? "organisation admins" : `${teamName} maintainers`;
  return `Only ${who} can ${doing}.`;
}
