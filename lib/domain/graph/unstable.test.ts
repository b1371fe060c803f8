import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { fixture, relation, type FixtureSpec } from "./test-fixtures";
import { findUnstableDependencies } from "./unstable";

describe("findUnstableDependencies", () => {
  it.each<{ name: string; spec: FixtureSpec; expected: string[] }>([
    {
      name: "a source with no versioned flag",
      spec: { paths: ["s1 > f1 > m1"] },
      expected: ["s1 > f1 unversioned-source DECLARED"],
    },
    {
      name: "an unversioned source",
      spec: { paths: ["s1 > f1"], entities: { s1: { versioned: false } } },
      expected: ["s1 > f1 unversioned-source DECLARED"],
    },
    {
      name: "nothing for a versioned source",
      spec: { paths: ["s1 > f1"], entities: { s1: { versioned: true } } },
      expected: [],
    },
    {
      name: "a model's output as a feature",
      spec: { paths: ["m1 > f1"] },
      expected: ["m1 > f1 model-output DECLARED"],
    },
    {
      name: "an observed link",
      spec: { relations: [relation("m1", "f1", "OBSERVED")] },
      expected: ["m1 > f1 model-output OBSERVED"],
    },
    {
      name: "each risky input of one feature",
      spec: { paths: ["s1 > f1", "m1 > f1", "s2 > f1"], entities: { s2: { versioned: true } } },
      expected: ["m1 > f1 model-output DECLARED", "s1 > f1 unversioned-source DECLARED"],
    },
    {
      name: "nothing from an archived source",
      spec: { paths: ["s1 > f1"], entities: { s1: { archived: true } } },
      expected: [],
    },
    {
      name: "nothing for a retired feature",
      spec: { paths: ["m1 > f1"], entities: { f1: { lifecycle: "RETIRED" } } },
      expected: [],
    },
  ])("reports $name", ({ spec, expected }) => {
    const { entities, relations } = fixture(spec);
    const found = findUnstableDependencies(buildGraph(entities, relations));
    expect(found.map((f) => `${f.memberIds.join(" > ")} ${f.evidence.reason} ${f.evidence.origin}`)).toEqual(expected);
    for (const f of found) {
      expect(f.primaryId).toBe(f.evidence.feature.id);
      expect(f.categoryKey).toBe("unstable-data-dependencies");
    }
  });
});
