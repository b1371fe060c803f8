import { describe, expect, it } from "vitest";
import { downstream, upstream } from "./blast-radius";
import { buildGraph } from "./build-graph";
import { fixture } from "./test-fixtures";

const diamond = fixture({ paths: ["s1 > f1 > m1 > f3 > m2 > c1", "s1 > f2 > m1", "m1 > f4 > m2"] });
const graph = buildGraph(diamond.entities, diamond.relations);

describe("downstream and upstream", () => {
  it("counts every entity behind a diamond once, at its shortest distance", () => {
    const reach = downstream(graph, "s1");
    expect(reach?.entities.map((e) => `${e.id}@${e.hops}`)).toEqual([
      "f1@1",
      "f2@1",
      "m1@2",
      "f3@3",
      "f4@3",
      "m2@4",
      "c1@5",
    ]);
    expect(reach?.entities.find((e) => e.id === "m1")?.viaId).toBe("f1");
    expect(reach?.reachesItself).toBe(false);
  });

  it.each([
    { maxHops: 0, ids: [], truncated: true },
    { maxHops: 1, ids: ["f3", "f4"], truncated: true },
    { maxHops: 2, ids: ["f3", "f4", "m2"], truncated: true },
    { maxHops: 3, ids: ["f3", "f4", "m2", "c1"], truncated: false },
    { maxHops: undefined, ids: ["f3", "f4", "m2", "c1"], truncated: false },
  ])("stops downstream of m1 after $maxHops hops", ({ maxHops, ids, truncated }) => {
    const reach = downstream(graph, "m1", { maxHops });
    expect(reach?.entities.map((e) => e.id)).toEqual(ids);
    expect(reach?.truncated).toBe(truncated);
  });

  it.each([
    { id: "c1", maxHops: undefined, ids: ["m2", "f3", "f4", "m1", "f1", "f2", "s1"] },
    { id: "c1", maxHops: 2, ids: ["m2", "f3", "f4"] },
    { id: "s1", maxHops: undefined, ids: [] },
  ])("finds what $id rests on within $maxHops hops", ({ id, maxHops, ids }) => {
    expect(upstream(graph, id, { maxHops })?.entities.map((e) => e.id)).toEqual(ids);
  });

  it("says when an entity feeds back into itself", () => {
    const loop = fixture({ paths: ["m1 > c1 > s1 > f1 > m1"] });
    const reach = downstream(buildGraph(loop.entities, loop.relations), "m1");
    expect(reach?.reachesItself).toBe(true);
    expect(reach?.entities.map((e) => e.id)).toEqual(["c1", "s1", "f1"]);
  });

  it.each([
    { name: "unknown", id: "m9" },
    { name: "archived", id: "m1" },
  ])("returns null for an $name entity", ({ id }) => {
    const archived = fixture({ paths: ["f1 > m1"], entities: { m1: { archived: true } } });
    const g = buildGraph(archived.entities, archived.relations);
    expect(downstream(g, id)).toBeNull();
    expect(upstream(g, id)).toBeNull();
  });

  it("walks a 40,000-entity chain without recursing", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => [`m${i}`, `f${i}`]).flat();
    const chain = fixture({ paths: [ids.join(" > ")] });
    const reach = downstream(buildGraph(chain.entities, chain.relations), "m0");
    expect(reach?.entities).toHaveLength(39_999);
    expect(reach?.entities.at(-1)).toMatchObject({ id: "f19999", hops: 39_999 });
  });
});
