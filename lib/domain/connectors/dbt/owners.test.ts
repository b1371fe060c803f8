import { describe, expect, it } from "vitest";
import { dbtMappingSchema, metaText, resolveTeam, type DbtMapping, type OwnerClue } from "./owners";

const teams = new Set(["team-data", "team-ml", "team-bi"]);
const mapping = (m: Partial<DbtMapping> = {}): DbtMapping => dbtMappingSchema.parse(m);
const team = (value: string): OwnerClue => ({ field: "meta.team", value, explicit: true });
const owner = (value: string): OwnerClue => ({ field: "meta.owner", value });

describe("resolveTeam", () => {
  it.each<[string, OwnerClue[], string, Partial<DbtMapping>, string]>([
    ["meta.team naming a team", [team("team-ml")], "", {}, 'team-ml via meta.team "team-ml"'],
    ["meta.team in any case", [team("Team-ML")], "", {}, 'team-ml via meta.team "Team-ML"'],
    [
      "meta.team mapped",
      [team("ml")],
      "",
      { owners: { ml: "team-ml" } },
      'team-ml via meta.team "ml" (DBT_MAPPING.owners)',
    ],
    ["meta.team wins over meta.owner", [team("team-bi"), owner("team-ml")], "", {}, 'team-bi via meta.team "team-bi"'],
    [
      "an owner email mapped, case-insensitively",
      [owner("Ana@Example.com")],
      "",
      { owners: { "ana@example.com": "team-bi" } },
      'team-bi via meta.owner "Ana@Example.com" (DBT_MAPPING.owners)',
    ],
    [
      "an unknown owner falls through to the group",
      [owner("bob@example.com"), { field: "group", value: "team-data" }],
      "",
      {},
      'team-data via group "team-data"',
    ],
    [
      "the longest path prefix",
      [owner("bob@example.com")],
      "models/marts/ml/x.sql",
      { paths: { "models/": "team-data", "models/marts/ml/": "team-ml" }, default: "team-bi" },
      'team-ml via DBT_MAPPING.paths "models/marts/ml/"',
    ],
    ["the default", [], "models/x.sql", { default: "team-data" }, "team-data via DBT_MAPPING.default"],
  ])("%s", (_, clues, path, m, expected) => {
    const r = resolveTeam(clues, path, mapping(m), teams);
    expect(r.team === null ? r.reason : `${r.team} via ${r.via}`).toBe(expected);
  });

  it.each<[string, OwnerClue[], Partial<DbtMapping>, string]>([
    [
      "meta.team naming no team does not fall through",
      [team("team-typo"), owner("team-ml")],
      { default: "team-data" },
      'meta.team names "team-typo", which is neither an active debtboard team nor a key of DBT_MAPPING.owners',
    ],
    [
      "a mapping to a team that does not exist",
      [owner("ana")],
      { owners: { ana: "team-gone" } },
      'meta.owner "ana" maps to team "team-gone" in DBT_MAPPING.owners, which is not an active debtboard team',
    ],
    [
      "a default that does not exist",
      [],
      { default: "team-gone" },
      'DBT_MAPPING.default names team "team-gone", which is not an active debtboard team',
    ],
    [
      "nothing at all",
      [],
      {},
      "no owning team: it has no meta.team, meta.owner or group owner; no DBT_MAPPING.paths rule matches models/x.sql; DBT_MAPPING.default is unset",
    ],
    [
      "clues that lead nowhere, each named",
      [owner("bob@example.com"), { field: "group finance's owner email", value: "fin@example.com" }],
      {},
      'no owning team: meta.owner "bob@example.com" is neither a team nor in DBT_MAPPING.owners; ' +
        'group finance\'s owner email "fin@example.com" is neither a team nor in DBT_MAPPING.owners; ' +
        "no DBT_MAPPING.paths rule matches models/x.sql; DBT_MAPPING.default is unset",
    ],
  ])("skips: %s", (_, clues, m, reason) => {
    expect(resolveTeam(clues, "models/x.sql", mapping(m), teams)).toEqual({ team: null, reason });
  });
});

describe("DBT_MAPPING and meta values", () => {
  it.each([
    [{ owners: { a: "Not A Slug" } }, false],
    [{ teams: {} }, false],
    [{ default: "team-data" }, true],
    [{}, true],
  ])("%j valid: %s", (value, ok) => {
    expect(dbtMappingSchema.safeParse(value).success).toBe(ok);
  });

  it.each([
    ["team-a", "team-a"],
    ["  team-a ", "team-a"],
    [["ana@example.com", "bo@example.com"], "ana@example.com"],
    [42, null],
    ["", null],
    [{ name: "x" }, null],
  ])("metaText(%j) = %j", (value, expected) => {
    expect(metaText(value)).toBe(expected);
  });
});
