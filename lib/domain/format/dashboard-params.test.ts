import { describe, expect, it } from "vitest";
import { hotspotsHref, parseHotspotParams, parseTeamEntityParams, teamHref } from "./dashboard-params";

describe("parseHotspotParams", () => {
  it.each([
    { raw: {}, expected: { team: "", kind: "", category: "", lifecycle: "", page: 1 } },
    {
      raw: { team: "team-ads", kind: "models", category: "glue-code", lifecycle: "production", page: "3" },
      expected: { team: "team-ads", kind: "MODEL", category: "glue-code", lifecycle: "PRODUCTION", page: 3 },
    },
    {
      raw: { team: "Bad Slug!", kind: "widgets", category: "x".repeat(200), lifecycle: "soon", page: "-2" },
      expected: { team: "", kind: "", category: "", lifecycle: "", page: 1 },
    },
    {
      raw: { kind: ["data-sources", "models"], page: "two" },
      expected: { team: "", kind: "DATA_SOURCE", category: "", lifecycle: "", page: 1 },
    },
  ])("$raw", ({ raw, expected }) => {
    expect(parseHotspotParams(raw)).toEqual(expected);
  });

  it("round-trips through the URL", () => {
    const p = parseHotspotParams({
      team: "team-ads",
      kind: "features",
      category: "glue-code",
      lifecycle: "deprecated",
      page: "2",
    });
    const url = new URL(hotspotsHref(p), "http://x");
    expect(parseHotspotParams(Object.fromEntries(url.searchParams))).toEqual(p);
    expect(hotspotsHref({})).toBe("/hotspots");
    expect(hotspotsHref({ team: "team-ads", page: 1 })).toBe("/hotspots?team=team-ads");
  });
});

describe("parseTeamEntityParams", () => {
  it.each([
    { raw: {}, expected: { q: "", kind: "", lifecycle: "", sort: "debt", dir: "desc", page: 1, category: "" } },
    {
      raw: { sort: "name" },
      expected: { q: "", kind: "", lifecycle: "", sort: "name", dir: "asc", page: 1, category: "" },
    },
    {
      raw: { sort: "assessed", dir: "desc", page: "3", q: " ctr " },
      expected: { q: "ctr", kind: "", lifecycle: "", sort: "assessed", dir: "desc", page: 3, category: "" },
    },
    {
      raw: { sort: "hack", dir: "up", page: "-2", kind: "consumers" },
      expected: { q: "", kind: "CONSUMER", lifecycle: "", sort: "debt", dir: "desc", page: 1, category: "" },
    },
  ])("$raw", ({ raw, expected }) => {
    expect(parseTeamEntityParams(raw)).toEqual(expected);
  });

  it.each([
    { params: {}, href: "/teams/t1" },
    { params: { sort: "debt" as const, dir: "desc" as const }, href: "/teams/t1" },
    { params: { sort: "name" as const, dir: "desc" as const, page: 2 }, href: "/teams/t1?sort=name&dir=desc&page=2" },
    {
      params: { range: "6m", category: "glue-code", kind: "MODEL" as const },
      href: "/teams/t1?range=6m&category=glue-code&kind=models",
    },
  ])("teamHref($params)", ({ params, href }) => {
    expect(teamHref("t1", params)).toBe(href);
  });
});
