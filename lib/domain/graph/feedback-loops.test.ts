import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { findFeedbackLoops } from "./feedback-loops";
import { stronglyConnectedComponents } from "./scc";
import { fixture, seeded, shuffled, type FixtureSpec } from "./test-fixtures";
import type { GraphEntity, GraphRelation } from "./types";

function loops(entities: readonly GraphEntity[], relations: readonly GraphRelation[]) {
  const graph = buildGraph(entities, relations);
  return findFeedbackLoops(graph, stronglyConnectedComponents(graph));
}

function loopsOf(spec: FixtureSpec) {
  const { entities, relations } = fixture(spec);
  return loops(entities, relations);
}

const selfLoop: GraphRelation = { fromId: "m1", toId: "m1", kind: "CONSUMER_READS_MODEL", origin: "OBSERVED" };

describe("findFeedbackLoops", () => {
  it.each<{
    name: string;
    spec: FixtureSpec;
    expected: { memberIds: string[]; primaryId: string; singleCycle: boolean; size: number }[];
  }>([
    { name: "an acyclic pipeline", spec: { paths: ["s1 > f1 > m1 > c1"] }, expected: [] },
    {
      name: "one cycle, started at its smallest id",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1"] },
      expected: [{ memberIds: ["c1", "s1", "f1", "m1"], primaryId: "m1", singleCycle: true, size: 4 }],
    },
    {
      name: "a self-loop",
      spec: { entities: { m1: {} }, relations: [selfLoop] },
      expected: [{ memberIds: ["m1"], primaryId: "m1", singleCycle: true, size: 1 }],
    },
    {
      name: "a model reading its own output",
      spec: { paths: ["m1 > f1 > m1"] },
      expected: [{ memberIds: ["f1", "m1"], primaryId: "m1", singleCycle: true, size: 2 }],
    },
    {
      name: "a component with several cycles, once, shortest cycle first then the rest",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1", "m1 > f2 > m1", "s1 > f2"] },
      expected: [{ memberIds: ["c1", "s1", "f1", "m1", "f2"], primaryId: "m1", singleCycle: false, size: 5 }],
    },
    {
      name: "two separate loops",
      spec: { paths: ["m1 > f1 > m1", "m2 > c2 > s2 > f2 > m2"] },
      expected: [
        { memberIds: ["f1", "m1"], primaryId: "m1", singleCycle: true, size: 2 },
        { memberIds: ["c2", "s2", "f2", "m2"], primaryId: "m2", singleCycle: true, size: 4 },
      ],
    },
    {
      name: "a cycle broken by an archived entity",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1"], entities: { s1: { archived: true } } },
      expected: [],
    },
  ])("reports $name", ({ spec, expected }) => {
    const found = loopsOf(spec);
    const shape = found.map((f) => ({
      memberIds: f.memberIds,
      primaryId: f.primaryId,
      singleCycle: f.evidence.singleCycle,
      size: f.evidence.members.length,
    }));
    expect(new Set(shape.map((s) => JSON.stringify(s)))).toEqual(new Set(expected.map((s) => JSON.stringify(s))));
    for (const f of found) {
      expect(f.categoryKey).toBe("feedback-loops");
      expect(f.evidence.cycle.map((r) => r.id)).toEqual(f.memberIds.slice(0, f.evidence.cycle.length));
    }
  });

  it.each(["m1 > c1 > s1 > f1 > m1", "c1 > s1 > f1 > m1 > c1", "s1 > f1 > m1 > c1 > s1", "f1 > m1 > c1 > s1 > f1"])(
    "reports the rotation %s as the same finding",
    (path) => {
      const reference = loopsOf({ paths: ["m1 > c1 > s1 > f1 > m1"] });
      const { entities, relations } = fixture({ paths: [path] });
      const random = seeded(path.length);
      const rotated = loops(shuffled(entities, random), shuffled(relations, random));
      expect(rotated).toEqual(reference);
      expect(rotated).toHaveLength(1);
    },
  );

  it("walks a 30,000-entity ring without recursing", () => {
    const ids = Array.from({ length: 15_000 }, (_, i) => [`m${i}`, `f${i}`]).flat();
    const spec = [...ids, ids[0]!].join(" > ");
    const found = loopsOf({ paths: [spec] });
    expect(found).toHaveLength(1);
    expect(found[0]!.memberIds).toHaveLength(30_000);
    expect(found[0]!.evidence.singleCycle).toBe(true);
  });
});
