import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/domain/graph/test-fixtures";
import { computeEntityImpacts, hotspotScore, impactOf } from "./hotspot";

describe("impactOf", () => {
  it.each([
    { downstream: 0, consumers: 0, impact: 1 },
    { downstream: 1, consumers: 0, impact: 2 },
    { downstream: 3, consumers: 1, impact: 4 },
    { downstream: 7, consumers: 3, impact: 6 },
    { downstream: 1023, consumers: 0, impact: 11 },
    { downstream: -5, consumers: 0, impact: 1 },
  ])("downstream $downstream, consumers $consumers → $impact", ({ downstream, consumers, impact }) => {
    expect(impactOf({ downstream, consumers })).toBeCloseTo(impact, 12);
  });
});

describe("hotspotScore", () => {
  it.each([
    { ratio: null, impact: 5, score: null },
    { ratio: 0, impact: 5, score: 0 },
    { ratio: 0.25, impact: 4, score: 1 },
    { ratio: 0.5, impact: 1, score: 0.5 },
  ])("ratio $ratio × impact $impact → $score", ({ ratio, impact, score }) => {
    expect(hotspotScore(ratio, impact)).toBe(score);
  });

  it("ranks the same debt higher where more depends on it", () => {
    const leaf = hotspotScore(0.3, impactOf({ downstream: 0, consumers: 0 }))!;
    const hub = hotspotScore(0.3, impactOf({ downstream: 40, consumers: 6 }))!;
    const worseLeaf = hotspotScore(0.9, impactOf({ downstream: 0, consumers: 0 }))!;
    expect(hub).toBeGreaterThan(leaf);
    expect(hub).toBeGreaterThan(worseLeaf);
  });
});

describe("computeEntityImpacts", () => {
  const { entities, relations } = fixture({
    paths: ["s1 > f1 > m1 > c1", "s1 > f2 > m2"],
    entities: { f9: { archived: true } },
  });

  it.each([
    { usage: [], expected: { s1: [5, 1], f1: [2, 1], f2: [1, 0], m1: [1, 1], m2: [0, 0], c1: [0, 0] } },
    {
      // m2 is read by c1 (catalogued, no relation) and by two uncatalogued callers, one seen twice.
      usage: [
        { modelId: "m2", callerName: "c1", consumerId: "c1" },
        { modelId: "m2", callerName: "batch-job", consumerId: null },
        { modelId: "m2", callerName: "batch-job", consumerId: null },
        { modelId: "m2", callerName: "notebook", consumerId: null },
      ],
      expected: { s1: [5, 3], f1: [2, 1], f2: [2, 3], m1: [1, 1], m2: [1, 3], c1: [0, 0] },
    },
  ])("blast radius and consumers with $usage.length usage rows", ({ usage, expected }) => {
    const rows = computeEntityImpacts(entities, relations, usage);
    expect(Object.fromEntries(rows.map((r) => [r.entityId, [r.downstream, r.consumers]]))).toEqual(expected);
    for (const r of rows) expect(r.impact).toBe(impactOf(r));
  });
});
