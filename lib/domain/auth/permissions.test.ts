import { describe, expect, it } from "vitest";
import { can, canSomewhere, heldPermissions, PERMISSIONS, type Permission, type Principal } from "./permissions";

const admin: Principal = { userId: "u-admin", name: "Admin", orgRole: "ADMIN", teamRoles: {} };
const maintainer: Principal = {
  userId: "u-m",
  name: "Mae",
  orgRole: "MEMBER",
  teamRoles: { ranking: "MAINTAINER", fraud: "MEMBER" },
};
const member: Principal = { userId: "u-x", name: "Max", orgRole: "MEMBER", teamRoles: { ranking: "MEMBER" } };
const outsider: Principal = { userId: "u-o", name: "Oli", orgRole: "MEMBER", teamRoles: {} };
const token = (base: Principal, scopes: Permission[]): Principal => ({ ...base, token: { id: "t1", scopes } });

const TEAM_WRITES: Permission[] = [
  "catalog:write",
  "usage:write",
  "assessment:submit",
  "signal:triage",
  "action-item:write",
  "review:run",
  "token:manage",
  "webhook:manage",
];
const MEMBER_WRITES: Permission[] = ["assessment:draft", "review:note"];
const ORG_WIDE: Permission[] = ["checklist:admin", "org:admin"];
const SELF_SERVICE: Permission[] = ["token:own"];
const NOT_SELF = PERMISSIONS.filter((p) => !SELF_SERVICE.includes(p));

describe("can", () => {
  it("covers every permission in exactly one group", () => {
    expect([...TEAM_WRITES, ...MEMBER_WRITES, ...ORG_WIDE, ...SELF_SERVICE].sort()).toEqual([...PERMISSIONS].sort());
  });

  const rows: [string, Principal | null, Permission, string | null, boolean][] = [
    ...PERMISSIONS.map((p): [string, Principal, Permission, string | null, boolean] => [
      "admin",
      admin,
      p,
      "ranking",
      true,
    ]),
    ...PERMISSIONS.map((p): [string, Principal, Permission, string | null, boolean] => [
      "admin, org-wide scope",
      admin,
      p,
      null,
      true,
    ]),
    ...TEAM_WRITES.map((p): [string, Principal, Permission, string | null, boolean] => [
      "maintainer of the team",
      maintainer,
      p,
      "ranking",
      true,
    ]),
    ...MEMBER_WRITES.map((p): [string, Principal, Permission, string | null, boolean] => [
      "maintainer of the team",
      maintainer,
      p,
      "ranking",
      true,
    ]),
    ...ORG_WIDE.map((p): [string, Principal, Permission, string | null, boolean] => [
      "maintainer, org-wide",
      maintainer,
      p,
      "ranking",
      false,
    ]),
    ...TEAM_WRITES.map((p): [string, Principal, Permission, string | null, boolean] => [
      "maintainer elsewhere is a member here",
      maintainer,
      p,
      "fraud",
      false,
    ]),
    ...MEMBER_WRITES.map((p): [string, Principal, Permission, string | null, boolean] => [
      "maintainer elsewhere is a member here",
      maintainer,
      p,
      "fraud",
      true,
    ]),
    ...TEAM_WRITES.map((p): [string, Principal, Permission, string | null, boolean] => [
      "member",
      member,
      p,
      "ranking",
      false,
    ]),
    ...MEMBER_WRITES.map((p): [string, Principal, Permission, string | null, boolean] => [
      "member",
      member,
      p,
      "ranking",
      true,
    ]),
    ...NOT_SELF.map((p): [string, Principal, Permission, string | null, boolean] => [
      "not in the team",
      outsider,
      p,
      "ranking",
      false,
    ]),
    ...SELF_SERVICE.map((p): [string, Principal, Permission, string | null, boolean] => [
      "anyone, for themselves",
      outsider,
      p,
      null,
      true,
    ]),
    ...SELF_SERVICE.map((p): [string, Principal, Permission, string | null, boolean] => [
      "member, for themselves",
      member,
      p,
      null,
      true,
    ]),
    ...PERMISSIONS.map((p): [string, null, Permission, string | null, boolean] => [
      "signed out",
      null,
      p,
      "ranking",
      false,
    ]),
    ["maintainer, orphan entity (no team)", maintainer, "catalog:write", null, false],
    ["token inside its scopes", token(maintainer, ["catalog:write"]), "catalog:write", "ranking", true],
    ["token outside its scopes", token(maintainer, ["catalog:write"]), "assessment:submit", "ranking", false],
    ["token never exceeds its owner", token(member, ["catalog:write"]), "catalog:write", "ranking", false],
    ["admin's token is still scoped", token(admin, ["usage:write"]), "org:admin", null, false],
    ["self-service needs the scope on a token", token(member, ["assessment:draft"]), "token:own", null, false],
    ["self-service inside the token's scopes", token(member, ["token:own"]), "token:own", null, true],
  ];

  it.each(rows)("%s: %s may %s on team %s → %s", (_label, principal, permission, teamId, allowed) => {
    expect(can(principal, permission, { teamId })).toBe(allowed);
  });
});

describe("canSomewhere", () => {
  it.each([
    ["an admin", admin, "catalog:write", true],
    ["a maintainer of one team", maintainer, "catalog:write", true],
    ["a member only", member, "catalog:write", false],
    ["a member only, for drafts", member, "assessment:draft", true],
    ["someone in no team", outsider, "catalog:write", false],
    ["anyone, for their own tokens", outsider, "token:own", true],
    ["a maintainer, for organisation settings", maintainer, "org:admin", false],
    ["a maintainer's token without the scope", token(maintainer, ["usage:write"]), "catalog:write", false],
    ["a maintainer's token with the scope", token(maintainer, ["catalog:write"]), "catalog:write", true],
    ["an admin's token without the scope", token(admin, ["usage:write"]), "catalog:write", false],
    ["nobody", null, "catalog:write", false],
  ] as const)("%s: %s → %s", (_label, principal, permission, expected) => {
    expect(canSomewhere(principal, permission)).toBe(expected);
  });
});

describe("heldPermissions", () => {
  it.each([
    ["an admin holds everything", admin, [...PERMISSIONS]],
    ["a member holds drafts, notes and their own tokens", member, ["assessment:draft", "review:note", "token:own"]],
    ["someone in no team holds only their own tokens", outsider, ["token:own"]],
    ["a maintainer holds every team permission", maintainer, [...TEAM_WRITES, ...MEMBER_WRITES, ...SELF_SERVICE]],
  ] as const)("%s", (_label, principal, expected) => {
    expect(new Set(heldPermissions(principal))).toEqual(new Set(expected));
  });
});
