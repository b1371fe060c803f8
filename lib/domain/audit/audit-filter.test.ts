import { describe, expect, it } from "vitest";
import { auditDateRange, auditFilterSearch, hasAuditFilters, parseAuditFilter, type AuditFilter } from "./audit-filter";

describe("parseAuditFilter", () => {
  it.each<[Record<string, string | string[]>, Partial<AuditFilter>]>([
    [{}, { page: 1 }],
    [
      { actor: "cuid123", action: "token.create", target: "ApiToken" },
      { actor: "cuid123", action: "token.create", targetType: "ApiToken", page: 1 },
    ],
    [{ action: ["user.org-role.update", "x"] }, { action: "user.org-role.update", page: 1 }],
    [{ action: "DROP TABLE;" }, { page: 1 }],
    [{ actor: "a b" }, { page: 1 }],
    [{ target: "1abc" }, { page: 1 }],
    [
      { from: "2026-11-01", to: "2026-11-30" },
      { from: "2026-11-01", to: "2026-11-30", page: 1 },
    ],
    [
      { from: "2026-11-30", to: "2026-11-01" },
      { from: "2026-11-01", to: "2026-11-30", page: 1 },
    ],
    [{ from: "2026-02-30" }, { page: 1 }],
    [{ from: "yesterday" }, { page: 1 }],
    [{ page: "3" }, { page: 3 }],
    [{ page: "0" }, { page: 1 }],
    [{ page: "2.5" }, { page: 1 }],
    [{ page: "abc" }, { page: 1 }],
  ])("%j → %j", (params, expected) => {
    const parsed = parseAuditFilter(params);
    const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
    expect(defined).toEqual(expected);
  });

  it("reads URLSearchParams too", () => {
    expect(parseAuditFilter(new URLSearchParams("action=token.revoke&page=2"))).toMatchObject({
      action: "token.revoke",
      page: 2,
    });
  });
});

describe("auditFilterSearch", () => {
  it.each<[AuditFilter, Partial<AuditFilter>, string]>([
    [{ page: 1 }, {}, ""],
    [{ page: 2, action: "token.create" }, {}, "?action=token.create&page=2"],
    [
      { page: 4, actor: "u1", targetType: "User", from: "2026-01-01" },
      { page: 1 },
      "?actor=u1&target=User&from=2026-01-01",
    ],
  ])("%j with %j → %s", (filter, overrides, expected) => {
    expect(auditFilterSearch(filter, overrides)).toBe(expected);
  });

  it("round-trips", () => {
    const filter: AuditFilter = {
      actor: "u1",
      action: "membership.add",
      targetType: "User",
      targetId: "t1",
      teamId: "team1",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    };
    expect(parseAuditFilter(new URLSearchParams(auditFilterSearch(filter).slice(1)))).toEqual(filter);
  });
});

describe("auditDateRange", () => {
  it.each([
    [{}, {}],
    [{ from: "2026-11-01" }, { gte: "2026-11-01T00:00:00.000Z" }],
    [{ to: "2026-11-30" }, { lt: "2026-12-01T00:00:00.000Z" }],
    [
      { from: "2026-11-26", to: "2026-11-26" },
      { gte: "2026-11-26T00:00:00.000Z", lt: "2026-11-27T00:00:00.000Z" },
    ],
  ])("%j → %j", (filter, expected) => {
    const range = auditDateRange(filter);
    expect(Object.fromEntries(Object.entries(range).map(([k, v]) => [k, v.toISOString()]))).toEqual(expected);
  });
});

it("knows when any filter is set", () => {
  expect(hasAuditFilters({ page: 5 })).toBe(false);
  expect(hasAuditFilters({ page: 1, to: "2026-01-01" })).toBe(true);
});
