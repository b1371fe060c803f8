import { describe, expect, test } from "vitest";
import { catalogHref, pageWindow, parseCatalogParams, type CatalogParams } from "./catalog-params";

const D = { lifecycle: "", detail: "", sort: "name" } as const;

describe("parseCatalogParams", () => {
  test.each<[Record<string, string | string[] | undefined>, CatalogParams]>([
    [{}, { kind: "MODEL", q: "", team: "", page: 1, ...D }],
    [
      { kind: "features", q: "  clicks ", team: "team-ads", page: "3" },
      { kind: "FEATURE", q: "clicks", team: "team-ads", page: 3, ...D },
    ],
    [{ kind: "data-sources" }, { kind: "DATA_SOURCE", q: "", team: "", page: 1, ...D }],
    [
      { kind: "nonsense", page: "0" },
      { kind: "MODEL", q: "", team: "", page: 1, ...D },
    ],
    [{ page: "-2" }, { kind: "MODEL", q: "", team: "", page: 1, ...D }],
    [{ page: "abc" }, { kind: "MODEL", q: "", team: "", page: 1, ...D }],
    [
      { kind: ["consumers", "models"], q: ["a", "b"] },
      { kind: "CONSUMER", q: "a", team: "", page: 1, ...D },
    ],
    [{ q: "x".repeat(300) }, { kind: "MODEL", q: "x".repeat(100), team: "", page: 1, ...D }],
    [
      { kind: "models", lifecycle: "production", detail: "online", sort: "debt" },
      { kind: "MODEL", q: "", team: "", page: 1, lifecycle: "PRODUCTION", detail: "ONLINE", sort: "debt" },
    ],
    // A detail value of another kind, an unknown lifecycle or sort fall back to "all" / name.
    [
      { kind: "features", lifecycle: "alive", detail: "online", sort: "random" },
      { kind: "FEATURE", q: "", team: "", page: 1, ...D },
    ],
  ])("%j", (raw, want) => expect(parseCatalogParams(raw)).toEqual(want));
});

describe("catalogHref", () => {
  test.each<[Partial<CatalogParams>, string]>([
    [{}, "/catalog?kind=models"],
    [{ kind: "FEATURE", page: 1 }, "/catalog?kind=features"],
    [
      { kind: "DATA_SOURCE", q: "click stream", team: "team-ads", page: 2 },
      "/catalog?kind=data-sources&q=click+stream&team=team-ads&page=2",
    ],
    [
      { kind: "MODEL", lifecycle: "PRODUCTION", detail: "ONLINE", sort: "updated" },
      "/catalog?kind=models&lifecycle=production&detail=online&sort=updated",
    ],
  ])("%j → %s", (params, want) => expect(catalogHref(params)).toBe(want));
});

describe("pageWindow", () => {
  test.each<[number, number, (number | null)[]]>([
    [1, 0, [1]],
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, null, 10]],
    [5, 10, [1, null, 4, 5, 6, null, 10]],
    [3, 10, [1, 2, 3, 4, null, 10]],
    [10, 10, [1, null, 9, 10]],
  ])("page %d of %d", (current, total, want) => expect(pageWindow(current, total)).toEqual(want));
});
