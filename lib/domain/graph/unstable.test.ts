import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { fixture, relation, type FixtureSpec } from "./test-fixtures";
import { findUnstableDependencies, legacyUnstableFingerprint, unstableFingerprint } from "./unstable";

// Grouped by cause: one finding per unstable source, listing what it feeds.
describe("findUnstableDependencies", () => {
  it.each<{ name: string; spec: FixtureSpec; expected: string[] }>([
    {
      name: "a source with no versioned flag",
      spec: { paths: ["s1 > f1 > m1"] },
      expected: ["s1: unversioned-source → f1 → m1"],
    },
    {
      name: "one finding for a source feeding many features and models",
      spec: { paths: ["s1 > f1 > m1", "s1 > f2 > m2", "s1 > f3 > m1"] },
      expected: ["s1: unversioned-source → f1,f2,f3 → m1,m2"],
    },
    {
      name: "one finding per source when a feature has two unstable sources",
      spec: { paths: ["s1 > f1 > m1", "s2 > f1"] },
      expected: ["s1: unversioned-source → f1 → m1", "s2: unversioned-source → f1 → m1"],
    },
    {
      name: "nothing for a versioned source",
      spec: { paths: ["s1 > f1 > m1"], entities: { s1: { versioned: true } } },
      expected: [],
    },
    {
      name: "a deprecated source, even versioned",
      spec: { paths: ["s1 > f1 > m1"], entities: { s1: { versioned: true, lifecycle: "DEPRECATED" } } },
      expected: ["s1: deprecated-source → f1 → m1"],
    },
    {
      name: "both reasons for an unversioned deprecated source",
      spec: { paths: ["s1 > f1 > m1"], entities: { s1: { lifecycle: "DEPRECATED" } } },
      expected: ["s1: unversioned-source,deprecated-source → f1 → m1"],
    },
    {
      name: "nothing for a model's output (a cascade or a loop reports it)",
      spec: { paths: ["m1 > f1 > m2"] },
      expected: [],
    },
    {
      name: "nothing when every fed feature is unread (folded into underutilized)",
      spec: { paths: ["s1 > f1", "s1 > f2 > m1"], entities: { m1: { lifecycle: "RETIRED" } } },
      expected: [],
    },
    {
      name: "only the read features when some are unread",
      spec: { paths: ["s1 > f1", "s1 > f2 > m1"] },
      expected: ["s1: unversioned-source → f2 → m1"],
    },
    {
      name: "nothing from an archived source",
      spec: { paths: ["s1 > f1 > m1"], entities: { s1: { archived: true } } },
      expected: [],
    },
    {
      name: "nothing from a retired source",
      spec: { paths: ["s1 > f1 > m1"], entities: { s1: { lifecycle: "RETIRED" } } },
      expected: [],
    },
    {
      name: "not a retired feature",
      spec: { paths: ["s1 > f1 > m1", "s1 > f2 > m1"], entities: { f1: { lifecycle: "RETIRED" } } },
      expected: ["s1: unversioned-source → f2 → m1"],
    },
    {
      name: "not a retired reader",
      spec: { paths: ["s1 > f1 > m1", "f1 > m2"], entities: { m2: { lifecycle: "RETIRED" } } },
      expected: ["s1: unversioned-source → f1 → m1"],
    },
  ])("reports $name", ({ spec, expected }) => {
    const { entities, relations } = fixture(spec);
    const found = findUnstableDependencies(buildGraph(entities, relations));
    expect(
      found.map(
        (f) =>
          `${f.evidence.input.id}: ${f.evidence.reasons.join(",")} → ${f.evidence.features.map((x) => x.id).join(",")} → ${f.evidence.models.map((x) => x.id).join(",")}`,
      ),
    ).toEqual(expected);
    for (const f of found) {
      expect(f.primaryId).toBe(f.evidence.input.id);
      expect(f.memberIds).toEqual([f.evidence.input.id, ...f.evidence.features.map((x) => x.id)]);
      expect(f.fingerprint).toBe(unstableFingerprint(f.evidence.input.id));
      expect(f.categoryKey).toBe("unstable-data-dependencies");
    }
  });

  it("names every affected team, unowned last, and the link's origin", () => {
    const { entities, relations } = fixture({
      relations: [relation("s1", "f1", "OBSERVED"), relation("f1", "m1"), relation("s1", "f2"), relation("f2", "m2")],
      entities: { f1: { teamId: "team-b" }, m2: { teamId: null } },
    });
    const [f] = findUnstableDependencies(buildGraph(entities, relations));
    expect(f?.evidence.teamIds).toEqual(["team-a", "team-b", null]);
    expect(f?.evidence.features.map((x) => x.origin)).toEqual(["OBSERVED", "DECLARED"]);
    expect(f?.title).toBe("Unversioned source s1 feeds 2 features read by 2 models");
  });

  it("keeps the grouped fingerprint apart from the per-edge ones it replaces", () => {
    expect(unstableFingerprint("s1")).not.toBe(legacyUnstableFingerprint("s1", "f1"));
    expect(legacyUnstableFingerprint("s1", "f1")).toMatch(/^UNSTABLE_DEPENDENCY:/);
  });
});
