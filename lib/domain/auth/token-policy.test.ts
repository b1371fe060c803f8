import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Principal } from "./permissions";
import {
  disallowedScopes,
  teamTokenTeamId,
  EXPIRY_VALUES,
  expiresAtFor,
  SCOPE_INFO,
  TEAM_EXPIRY_CHOICES,
  TEAM_TOKEN_SCOPES,
  teamTokenEnd,
  tokenStatus,
} from "./token-policy";

const now = new Date("2026-11-26T12:00:00Z");

describe("token policy", () => {
  it("describes every permission", () => {
    expect(Object.keys(SCOPE_INFO).sort()).toEqual([...PERMISSIONS].sort());
  });

  it("keeps organisation-wide and personal scopes off team tokens", () => {
    expect(TEAM_TOKEN_SCOPES).not.toContain("org:admin");
    expect(TEAM_TOKEN_SCOPES).not.toContain("checklist:admin");
    expect(TEAM_TOKEN_SCOPES).not.toContain("token:own");
    expect(TEAM_TOKEN_SCOPES).toContain("catalog:write");
  });

  it.each([
    ["personal", ["org:admin", "catalog:write"], []],
    ["team", ["catalog:write", "usage:write"], []],
    ["team", ["org:admin", "catalog:write", "token:own"], ["org:admin", "token:own"]],
  ] as const)("%s token with %j → refuses %j", (kind, scopes, refused) => {
    expect(disallowedScopes(kind, scopes)).toEqual(refused);
  });

  it.each([
    [
      "a member asks for catalog:write",
      ["catalog:write", "review:note"],
      ["review:note", "token:own"],
      ["catalog:write"],
    ],
    ["a member asks for what they hold", ["review:note"], ["review:note", "token:own"], []],
    ["a maintainer asks for org:admin", ["org:admin"], ["catalog:write", "token:own"], ["org:admin"]],
  ] as const)("personal token: %s", (_label, scopes, held, refused) => {
    expect(disallowedScopes("personal", scopes, held)).toEqual(refused);
  });

  it("offers team tokens no 'never' expiry", () => {
    expect(TEAM_EXPIRY_CHOICES.map((c) => c.value)).not.toContain("never");
  });

  it.each([
    [{ createdAt: now, expiresAt: null }, "2027-11-26T12:00:00.000Z"],
    [{ createdAt: now, expiresAt: new Date("2026-12-03T12:00:00Z") }, "2026-12-03T12:00:00.000Z"],
    [{ createdAt: now, expiresAt: new Date("2030-01-01T00:00:00Z") }, "2027-11-26T12:00:00.000Z"],
  ] as const)("a team token made %j ends %s", (token, end) => {
    expect(teamTokenEnd(token).toISOString()).toBe(end);
  });

  it.each([
    ["7", "2026-12-03T12:00:00.000Z"],
    ["30", "2026-12-26T12:00:00.000Z"],
    ["90", "2027-02-24T12:00:00.000Z"],
    ["365", "2027-11-26T12:00:00.000Z"],
    ["never", null],
  ] as const)("expiry %s → %s", (choice, expected) => {
    expect(EXPIRY_VALUES).toContain(choice);
    expect(expiresAtFor(choice, now)?.toISOString() ?? null).toBe(expected);
  });

  it.each([
    [{ revokedAt: null, expiresAt: null }, "active"],
    [{ revokedAt: null, expiresAt: new Date("2026-11-27") }, "active"],
    [{ revokedAt: null, expiresAt: now }, "expired"],
    [{ revokedAt: new Date("2026-11-01"), expiresAt: new Date("2026-10-01") }, "revoked"],
    [{ revokedAt: null, expiresAt: null, team: true, createdAt: new Date("2025-11-01") }, "expired"],
    [{ revokedAt: null, expiresAt: null, team: true, createdAt: new Date("2026-11-01") }, "active"],
  ] as const)("%j is %s", (token, status) => {
    expect(tokenStatus(token, now)).toBe(status);
  });

  const person: Principal = { userId: "u1", name: "Ann", orgRole: "MEMBER", teamRoles: { t1: "MAINTAINER" } };
  const token = { id: "k", scopes: [] };
  it.each([
    ["a person signed in", person, null],
    ["a personal token", { ...person, token }, null],
    [
      "a team token",
      { userId: null, name: "ci (team token)", orgRole: "MEMBER", teamRoles: { t1: "MAINTAINER" }, token },
      "t1",
    ],
  ] as const)("%s reads for team %s", (_label, principal, teamId) => {
    expect(teamTokenTeamId(principal)).toBe(teamId);
  });
});
