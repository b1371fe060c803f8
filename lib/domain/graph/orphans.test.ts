import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { findOrphans } from "./orphans";
import { entity } from "./test-fixtures";
import type { GraphEntity } from "./types";

describe("findOrphans", () => {
  it.each<{ name: string; overrides: Partial<GraphEntity>; id: string; orphan: boolean }>([
    { name: "a model with no team", id: "m1", overrides: { teamId: null }, orphan: true },
    { name: "a feature with no team", id: "f1", overrides: { teamId: null, lifecycle: "EXPERIMENTAL" }, orphan: true },
    {
      name: "a deprecated source with no team",
      id: "s1",
      overrides: { teamId: null, lifecycle: "DEPRECATED" },
      orphan: true,
    },
    { name: "a consumer with no team", id: "c1", overrides: { teamId: null }, orphan: true },
    { name: "an owned model", id: "m1", overrides: {}, orphan: false },
    {
      name: "a retired model with no team",
      id: "m1",
      overrides: { teamId: null, lifecycle: "RETIRED" },
      orphan: false,
    },
    { name: "an archived model with no team", id: "m1", overrides: { teamId: null, archived: true }, orphan: false },
  ])("$name: orphan $orphan", ({ id, overrides, orphan }) => {
    const found = findOrphans(buildGraph([entity(id, overrides)], []));
    expect(found.map((f) => f.memberIds)).toEqual(orphan ? [[id]] : []);
    for (const f of found) expect(f.categoryKey).toBe("process-management-debt");
  });
});
