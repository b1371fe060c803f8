import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { fixture, type FixtureSpec } from "./test-fixtures";
import { findUnderutilizedFeatures } from "./underutilized";

describe("findUnderutilizedFeatures", () => {
  it.each<{ name: string; spec: FixtureSpec; expected: { id: string; reason: string; retired: string[] }[] }>([
    { name: "nothing for a feature a live model reads", spec: { paths: ["s1 > f1 > m1"] }, expected: [] },
    {
      name: "a feature read by nothing",
      spec: { entities: { f1: {} } },
      expected: [{ id: "f1", reason: "no-users", retired: [] }],
    },
    {
      name: "a model output read by nothing",
      spec: { paths: ["m1 > f1"] },
      expected: [{ id: "f1", reason: "no-users", retired: [] }],
    },
    {
      name: "a feature read only by a retired model",
      spec: { paths: ["f1 > m1"], entities: { m1: { lifecycle: "RETIRED" } } },
      expected: [{ id: "f1", reason: "retired-users-only", retired: ["m1"] }],
    },
    {
      name: "a feature read only by retired models, archived or not",
      spec: {
        paths: ["f1 > m2", "f1 > m1"],
        entities: { m1: { lifecycle: "RETIRED" }, m2: { lifecycle: "RETIRED", archived: true } },
      },
      expected: [{ id: "f1", reason: "retired-users-only", retired: ["m1", "m2"] }],
    },
    {
      name: "nothing for a feature a deprecated model still reads beside a retired one",
      spec: {
        paths: ["f1 > m1", "f1 > m2"],
        entities: { m1: { lifecycle: "RETIRED" }, m2: { lifecycle: "DEPRECATED" } },
      },
      expected: [],
    },
    {
      name: "a feature whose only reader is archived (and not retired), as read by nothing",
      spec: { paths: ["f1 > m1"], entities: { m1: { archived: true } } },
      expected: [{ id: "f1", reason: "no-users", retired: [] }],
    },
    { name: "nothing for an archived feature", spec: { entities: { f1: { archived: true } } }, expected: [] },
    { name: "nothing for a retired feature", spec: { entities: { f1: { lifecycle: "RETIRED" } } }, expected: [] },
  ])("reports $name", ({ spec, expected }) => {
    const { entities, relations } = fixture(spec);
    const found = findUnderutilizedFeatures(buildGraph(entities, relations));
    expect(
      found.map((f) => ({
        id: f.primaryId,
        reason: f.evidence.reason,
        retired: f.evidence.retiredUsers.map((r) => r.id),
      })),
    ).toEqual(expected);
    for (const f of found) {
      expect(f.memberIds).toEqual([f.primaryId]);
      expect(f.categoryKey).toBe("underutilized-data-dependencies");
    }
  });

  it("keeps the fingerprint when a retired reader appears", () => {
    const unused = fixture({ entities: { f1: {} } });
    const retiredOnly = fixture({ paths: ["f1 > m1"], entities: { m1: { lifecycle: "RETIRED" } } });
    const [a] = findUnderutilizedFeatures(buildGraph(unused.entities, unused.relations));
    const [b] = findUnderutilizedFeatures(buildGraph(retiredOnly.entities, retiredOnly.relations));
    expect(a?.fingerprint).toBe(b?.fingerprint);
  });
});
