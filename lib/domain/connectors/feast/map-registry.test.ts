import { describe, expect, it } from "vitest";
import {
  feastEntityName,
  featureTypeOf,
  mapFeastRegistry,
  parseFeastRegistry,
  teamSlugOf,
  type FeastCatalogue,
} from "./map-registry";
import { registrySchema } from "./registry-schema";

describe("featureTypeOf", () => {
  it.each([
    ["INT64", "NUMERIC"],
    ["FLOAT", "NUMERIC"],
    ["DOUBLE", "NUMERIC"],
    ["BOOL", "BOOLEAN"],
    ["STRING", "CATEGORICAL"],
    ["UNIX_TIMESTAMP", "TIMESTAMP"],
    ["FLOAT_LIST", "EMBEDDING"],
    ["BYTES", "TEXT"],
    ["MAP", "TEXT"],
    ["SOMETHING_NEW", "TEXT"],
  ])("%s → %s", (valueType, type) => expect(featureTypeOf(valueType)).toBe(type));
});

describe("feastEntityName", () => {
  it.each([
    [["demo", "driver_stats", "conv_rate"], "demo.driver_stats.conv_rate"],
    [["demo", "odd name!", "x"], "demo.odd-name-.x"],
    [["_p", "v", "f_"], "p.v.f"],
    [["p", "x".repeat(130)], null],
  ])("%j → %s", (parts, name) => expect(feastEntityName(...parts)).toBe(name));
});

describe("teamSlugOf", () => {
  it.each([
    ["driver_performance", "driver-performance"],
    [" Ranking Team ", "ranking-team"],
    ["team-a", "team-a"],
  ])("%s → %s", (tag, slug) => expect(teamSlugOf(tag)).toBe(slug));
});

describe("parseFeastRegistry", () => {
  it.each([
    ["\u0000\u0012\u000aproto", /binary registry.*feast registry-dump/],
    ["not json", /not JSON/],
    ["[1, 2]", /expected a JSON object/],
    ['{"hello": 1}', /none of dataSources/],
    ['{"featureViews": [{"spec": {"name": ""}}]}', /featureViews\.0\.spec\.name/],
  ])("refuses %j", (text, message) => {
    const parsed = parseFeastRegistry(text);
    expect("error" in parsed && parsed.error).toMatch(message);
  });

  it("reads a dump, ignoring fields it does not know", () => {
    const parsed = parseFeastRegistry('{"project": "p", "featureViews": [], "infra": [{"x": 1}]}');
    expect(parsed).toEqual({ registry: expect.objectContaining({ project: "p", featureViews: [] }) });
  });
});

const catalogue = (over: Partial<FeastCatalogue> = {}): FeastCatalogue => ({
  teams: new Set(["ranking"]),
  entities: new Set(),
  models: new Map(),
  ...over,
});
const options = { fileName: "r.json", defaultTeam: null, teamTag: "team", modelTag: "model" };
const registry = (tags: Record<string, string | undefined>) =>
  registrySchema.parse({
    project: "p",
    featureViews: [
      {
        spec: {
          name: "v",
          tags,
          features: [{ name: "f", valueType: "INT64" }],
          batchSource: { name: "s", type: "BATCH_FILE", fileOptions: { uri: "s.parquet" } },
        },
      },
    ],
  });

describe("mapFeastRegistry: owners", () => {
  it.each([
    { case: "tag naming a team", tags: { team: "ranking" }, over: {}, team: "ranking", skipped: null },
    {
      case: "tag naming no team",
      tags: { team: "search" },
      over: {},
      team: undefined,
      skipped: /team=search names no debtboard team/,
    },
    { case: "no tag, FEAST_TEAM", tags: {}, over: { defaultTeam: "ranking" }, team: "ranking", skipped: null },
    { case: "no tag, nothing", tags: {}, over: {}, team: undefined, skipped: /no owner/ },
  ])("$case", ({ tags, over, team, skipped }) => {
    const { batch } = mapFeastRegistry(registry(tags), catalogue(), { ...options, ...over });
    const feature = batch.entities.find((e) => e.value.kind === "FEATURE");
    expect(feature?.value.team).toBe(team);
    if (skipped) expect(batch.skipped.map((s) => s.reason).join("\n")).toMatch(skipped);
    else expect(batch.skipped).toEqual([]);
  });

  it("keeps an already catalogued feature with no tag, leaving its owner to the catalogue", () => {
    const { batch } = mapFeastRegistry(
      registry({}),
      catalogue({ entities: new Set(["FEATURE:p.v.f", "DATA_SOURCE:p.s"]) }),
      options,
    );
    expect(batch.entities.map((e) => [e.value.name, e.value.team])).toEqual([
      ["p.s", null],
      ["p.v.f", null],
    ]);
    expect(batch.relations.map((r) => `${r.from.name} → ${r.to.name}`)).toEqual(["p.s → p.v.f"]);
  });
});
