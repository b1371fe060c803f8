import { describe, expect, it } from "vitest";
import { parseTrendParams, parseTrendRange, trendSearch, withSearchParam, type TrendParams } from "./params";

describe("parseTrendParams", () => {
  it.each<[Record<string, string | string[]>, TrendParams]>([
    [{}, { range: "12m", grain: "month", scope: { kind: "org" } }],
    [
      { range: "3m", grain: "week" },
      { range: "3m", grain: "week", scope: { kind: "org" } },
    ],
    [
      { range: "5y", grain: "day" },
      { range: "12m", grain: "month", scope: { kind: "org" } },
    ],
    [
      { scope: "team", team: "ranking" },
      { range: "12m", grain: "month", scope: { kind: "team", team: "ranking" } },
    ],
    [{ scope: "team" }, { range: "12m", grain: "month", scope: { kind: "org" } }],
    [
      { scope: "team", team: "Not A Slug" },
      { range: "12m", grain: "month", scope: { kind: "org" } },
    ],
    [
      { scope: "category", category: "glue-code" },
      { range: "12m", grain: "month", scope: { kind: "category", category: "glue-code" } },
    ],
    [
      { scope: "category", category: "glue-code", team: "fraud" },
      { range: "12m", grain: "month", scope: { kind: "category", category: "glue-code", team: "fraud" } },
    ],
    [
      { scope: "entity", entity: "abc_123" },
      { range: "12m", grain: "month", scope: { kind: "entity", entity: "abc_123" } },
    ],
    [
      { scope: "entity", entity: "'; drop" },
      { range: "12m", grain: "month", scope: { kind: "org" } },
    ],
    [{ scope: "galaxy" }, { range: "12m", grain: "month", scope: { kind: "org" } }],
    [
      { range: ["6m", "3m"], scope: " team ", team: " ads " },
      { range: "6m", grain: "month", scope: { kind: "team", team: "ads" } },
    ],
  ])("%j", (raw, expected) => expect(parseTrendParams(raw)).toEqual(expected));

  it("reads URLSearchParams too", () => {
    expect(parseTrendParams(new URLSearchParams("range=24m&scope=entity&entity=e1"))).toEqual({
      range: "24m",
      grain: "month",
      scope: { kind: "entity", entity: "e1" },
    });
  });
});

describe("trendSearch", () => {
  const base = parseTrendParams({});
  it.each<[Partial<TrendParams>, string]>([
    [{}, ""],
    [{ range: "3m" }, "?range=3m"],
    [{ grain: "week", scope: { kind: "team", team: "ads" } }, "?grain=week&scope=team&team=ads"],
    [
      { scope: { kind: "category", category: "glue-code", team: "ads" } },
      "?scope=category&category=glue-code&team=ads",
    ],
    [{ range: "24m", scope: { kind: "entity", entity: "e1" } }, "?range=24m&scope=entity&entity=e1"],
  ])("%j → %s", (overrides, expected) => expect(trendSearch(base, overrides)).toBe(expected));

  it.each(["", "?range=3m", "?grain=week&scope=team&team=ads", "?range=6m&scope=category&category=glue-code&team=ads"])(
    "round-trips %s",
    (search) => {
      expect(trendSearch(parseTrendParams(new URLSearchParams(search)))).toBe(search);
    },
  );
});

describe("parseTrendRange / withSearchParam", () => {
  it.each([
    [{ range: "6m" }, "6m"],
    [{ range: "bogus" }, "12m"],
    [{}, "12m"],
  ])("%j → %s", (raw, expected) => expect(parseTrendRange(raw)).toBe(expected));

  it.each<[Record<string, string | string[] | undefined>, string | undefined, string]>([
    [{}, "3m", "?range=3m"],
    [{ team: "ads", range: "12m", page: "2" }, "3m", "?team=ads&range=3m&page=2"],
    [{ kind: ["a", "b"] }, "6m", "?kind=a&kind=b&range=6m"],
    [{ range: "6m", q: "x y" }, undefined, "?q=x+y"],
    [{ range: "6m" }, undefined, ""],
  ])("%j with range=%s → %s", (params, value, expected) =>
    expect(withSearchParam(params, "range", value)).toBe(expected),
  );
});
