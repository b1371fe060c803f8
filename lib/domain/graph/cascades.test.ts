import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { findCorrectionCascades } from "./cascades";
import { fixture, seeded, shuffled, type FixtureSpec } from "./test-fixtures";
import type { FindingOfKind } from "./types";

function cascadesOf(spec: FixtureSpec, seed?: number) {
  const { entities, relations } = fixture(spec);
  if (seed === undefined) return findCorrectionCascades(buildGraph(entities, relations));
  const random = seeded(seed);
  return findCorrectionCascades(buildGraph(shuffled(entities, random), shuffled(relations, random)));
}

/** "m1 > m2 > m3", with "(ring)" for a chain that closes on itself. */
function shape(f: FindingOfKind<"CORRECTION_CASCADE">): string {
  const models = f.evidence.path.filter((r) => r.kind === "MODEL").map((r) => r.id);
  return models.join(" > ") + (f.evidence.cyclic ? " (ring)" : "");
}

describe("findCorrectionCascades", () => {
  it.each<{ name: string; spec: FixtureSpec; expected: string[] }>([
    { name: "one model feeding another", spec: { paths: ["m1 > f1 > m2"] }, expected: ["m1 > m2"] },
    {
      name: "a chain of three, as one finding",
      spec: { paths: ["m1 > f1 > m2 > f2 > m3"] },
      expected: ["m1 > m2 > m3"],
    },
    {
      name: "two cascades into one model",
      spec: { paths: ["m1 > f1 > m3", "m2 > f2 > m3"] },
      expected: ["m1 > m3", "m2 > m3"],
    },
    {
      name: "two cascades out of one model",
      spec: { paths: ["m1 > f1 > m2", "m1 > f2 > m3"] },
      expected: ["m1 > m2", "m1 > m3"],
    },
    {
      name: "one feature read by two models",
      spec: { paths: ["m1 > f1 > m2", "f1 > m3"] },
      expected: ["m1 > m2", "m1 > m3"],
    },
    {
      name: "a chain forking in the middle",
      spec: { paths: ["m1 > f1 > m2 > f2 > m3", "m2 > f3 > m4"] },
      expected: ["m1 > m2", "m2 > m3", "m2 > m4"],
    },
    {
      name: "a diamond",
      spec: { paths: ["m1 > f1 > m2 > f2 > m4", "m1 > f3 > m3 > f4 > m4"] },
      expected: ["m1 > m2 > m4", "m1 > m3 > m4"],
    },
    {
      name: "a ring of models, once",
      spec: { paths: ["m2 > f1 > m1 > f2 > m3 > f3 > m2"] },
      expected: ["m1 > m3 > m2 (ring)"],
    },
    {
      name: "a ring leaving and returning to a fork",
      spec: { paths: ["m1 > f1 > m2 > f2 > m1", "m1 > f3 > m3"] },
      expected: ["m1 > m2 (ring)", "m1 > m3"],
    },
    { name: "nothing for a model reading its own output", spec: { paths: ["m1 > f1 > m1"] }, expected: [] },
    { name: "nothing for features from sources", spec: { paths: ["s1 > f1 > m1 > c1"] }, expected: [] },
    {
      name: "nothing through an archived model",
      spec: { paths: ["m1 > f1 > m2 > f2 > m3"], entities: { m2: { archived: true } } },
      expected: [],
    },
  ])("reports $name", ({ spec, expected }) => {
    const found = cascadesOf(spec);
    expect(found.map(shape).sort()).toEqual([...expected].sort());
    for (const f of found) expect(f.categoryKey).toBe("correction-cascades");
  });

  it("lists every feature carrying a link between the models, once", () => {
    const [finding] = cascadesOf({ paths: ["m1 > f1 > m2", "m1 > f2 > m2", "m2 > f3 > m3"] });
    expect(finding?.memberIds).toEqual(["m1", "f1", "f2", "m2", "f3", "m3"]);
    expect(finding?.evidence.links).toEqual([
      { fromModelId: "m1", toModelId: "m2", featureIds: ["f1", "f2"] },
      { fromModelId: "m2", toModelId: "m3", featureIds: ["f3"] },
    ]);
    expect(finding?.primaryId).toBe("m3");
    expect(finding?.title).toBe("Correction cascade: m1 → m2 → m3");
  });

  it.each([1, 2, 3])("gives the same findings for shuffled input (seed %i)", (seed) => {
    const spec = { paths: ["m1 > f1 > m2 > f2 > m4", "m1 > f3 > m3 > f4 > m4", "m4 > f5 > m5 > f6 > m4"] };
    expect(cascadesOf(spec, seed)).toEqual(cascadesOf(spec));
  });

  it.each([
    { name: "chain", closes: false },
    { name: "ring", closes: true },
  ])("reports a 5,000-model $name once, not as its sub-paths", ({ closes }) => {
    const hops = Array.from({ length: 5_000 }, (_, i) => `m${i} > f${i}`);
    const spec = [...hops, closes ? "m0" : "m5000"].join(" > ");
    const found = cascadesOf({ paths: [spec] });
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.modelCount).toBe(closes ? 5_000 : 5_001);
    expect(found[0]!.evidence.cyclic).toBe(closes);
    expect(found[0]!.title.length).toBeLessThan(80);
  });
});
