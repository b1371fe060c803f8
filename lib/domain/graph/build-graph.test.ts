import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { entity, fixture, relation, seeded, shuffled } from "./test-fixtures";
import type { GraphRelation } from "./types";

describe("buildGraph", () => {
  const base = fixture({ paths: ["s1 > f1 > m1 > c1 > s1", "s2 > f2 > m1", "m1 > f3 > m2"] });

  it.each([1, 2, 3, 4, 5])("numbers nodes and sorts edges the same way whatever the input order (seed %i)", (seed) => {
    const random = seeded(seed);
    const a = buildGraph(base.entities, base.relations);
    const b = buildGraph(shuffled(base.entities, random), shuffled(base.relations, random));
    expect(b.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
    expect([...b.edgeFrom]).toEqual([...a.edgeFrom]);
    expect([...b.edgeTo]).toEqual([...a.edgeTo]);
    expect([...b.inEdge]).toEqual([...a.inEdge]);
  });

  it.each<{ name: string; archived: string[]; extra: GraphRelation[]; ignored: number; kept: number }>([
    { name: "an archived endpoint", archived: ["s1"], extra: [], ignored: 2, kept: 1 },
    { name: "an unknown endpoint", archived: [], extra: [relation("s9", "f1")], ignored: 1, kept: 3 },
    { name: "nothing", archived: [], extra: [], ignored: 0, kept: 3 },
  ])("sets aside relations with $name", ({ archived, extra, ignored, kept }) => {
    const { entities, relations } = fixture({ paths: ["c1 > s1 > f1 > m1"] });
    const marked = entities.map((e) => (archived.includes(e.id) ? { ...e, archived: true } : e));
    const graph = buildGraph(marked, [...relations, ...extra]);
    expect(graph.ignoredRelations).toHaveLength(ignored);
    expect(graph.edgeCount).toBe(kept);
    expect(graph.archived.size).toBe(archived.length);
  });

  it.each([
    { name: "observed then declared", origins: ["OBSERVED", "DECLARED"] as const, declared: 1 },
    { name: "declared then observed", origins: ["DECLARED", "OBSERVED"] as const, declared: 1 },
    { name: "observed twice", origins: ["OBSERVED", "OBSERVED"] as const, declared: 0 },
  ])("keeps one copy of a duplicated relation, the declared one if any ($name)", ({ origins, declared }) => {
    const graph = buildGraph(
      [entity("s1"), entity("f1")],
      origins.map((o) => relation("s1", "f1", o)),
    );
    expect(graph.edgeCount).toBe(1);
    expect(graph.duplicateRelations).toBe(1);
    expect(graph.edgeDeclared[0]).toBe(declared);
  });

  it("lists in-edges ordered by source", () => {
    const { entities, relations } = fixture({ paths: ["m3 > f1", "m1 > f1", "m2 > f1"] });
    const graph = buildGraph(entities, relations);
    const f1 = graph.indexOf.get("f1")!;
    const sources = [];
    for (let i = graph.inStart[f1]!; i < graph.inStart[f1 + 1]!; i++)
      sources.push(graph.nodes[graph.edgeFrom[graph.inEdge[i]!]!]!.id);
    expect(sources).toEqual(["m1", "m2", "m3"]);
  });
});
