// One line that says what someone may do, for the user menu and the members list.
import type { OrgRole, TeamRole } from "./permissions";

export interface RoleSummaryInput {
  orgRole: OrgRole;
  /** The person's teams, in display order. */
  teams: readonly { name: string; role: TeamRole }[];
}

export function roleLabel({ orgRole, teams }: RoleSummaryInput): string {
  if (orgRole === "ADMIN") return "Organisation admin";
  const maintained = teams.filter((t) => t.role === "MAINTAINER");
  if (maintained.length > 0) return `Maintainer · ${listNames(maintained.map((t) => t.name))}`;
  if (teams.length > 0) return `Member · ${listNames(teams.map((t) => t.name))}`;
  return "Member · no team yet";
}

function listNames(names: readonly string[]): string {
  const [first, ...rest] = names;
  return rest.length === 0 ? (first ?? "") : `${first} +${rest.length}`;
}

export const ORG_ROLE_LABEL: Readonly<Record<OrgRole, string>> = { ADMIN: "Admin", MEMBER: "Member" };
export const TEAM_ROLE_LABEL: Readonly<Record<TeamRole, string>> = { MAINTAINER: "Maintainer", MEMBER: "Member" };

/** Initials for an avatar: "Avery Admin" → "AA", "sam" → "S". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => (p ?? "").charAt(0).toUpperCase()).join("") || "?";
}
