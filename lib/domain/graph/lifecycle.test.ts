// Lifecycle everywhere: a RETIRED entity (archived or not) closes no feedback loop, extends no
// correction cascade and counts in no blast radius or consumer count, the way the underutilized
// rule already treats retired readers as non-readers. Observed usage links age out of lineage.
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { downstream, upstream } from "./blast-radius";
import { buildGraph } from "./build-graph";
import { reachCounts } from "./reach-counts";
import { fixture, relation, type FixtureSpec } from "./test-fixtures";
import type { GraphRelation, GraphSignalKind } from "./types";

const now = new Date("2026-06-01T00:00:00Z");
const DAY = 86_400_000;

function kinds(spec: FixtureSpec, extra: GraphRelation[] = []): Partial<Record<GraphSignalKind, string[]>> {
  const { entities, relations } = fixture(spec);
  const result = analyze({ entities, relations: [...relations, ...extra], options: { now } });
  const out: Partial<Record<GraphSignalKind, string[]>> = {};
  for (const f of result.findings) (out[f.kind] ??= []).push(f.memberIds.join(" "));
  return out;
}

describe("retired entities are not lineage", () => {
  it.each<{ name: string; spec: FixtureSpec; kind: GraphSignalKind; expected: string[] | undefined }>([
    {
      name: "a live loop is a loop",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1"] },
      kind: "FEEDBACK_LOOP",
      expected: ["c1 s1 f1 m1"],
    },
    {
      name: "a retired consumer does not close the loop",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1"], entities: { c1: { lifecycle: "RETIRED" } } },
      kind: "FEEDBACK_LOOP",
      expected: undefined,
    },
    {
      name: "an archived retired model does not close the loop",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1"], entities: { m1: { lifecycle: "RETIRED", archived: true } } },
      kind: "FEEDBACK_LOOP",
      expected: undefined,
    },
    {
      name: "a deprecated entity still closes the loop (it still runs)",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1"], entities: { c1: { lifecycle: "DEPRECATED" } } },
      kind: "FEEDBACK_LOOP",
      expected: ["c1 s1 f1 m1"],
    },
    {
      name: "a live three-model cascade",
      spec: { paths: ["m1 > f1 > m2 > f2 > m3"] },
      kind: "CORRECTION_CASCADE",
      expected: ["m1 f1 m2 f2 m3"],
    },
    {
      name: "a retired model does not extend the cascade",
      spec: { paths: ["m1 > f1 > m2 > f2 > m3"], entities: { m3: { lifecycle: "RETIRED" } } },
      kind: "CORRECTION_CASCADE",
      expected: ["m1 f1 m2"],
    },
    {
      name: "a retired carrying feature breaks the link",
      spec: { paths: ["m1 > f1 > m2 > f2 > m3"], entities: { f1: { lifecycle: "RETIRED" } } },
      kind: "CORRECTION_CASCADE",
      expected: ["m2 f2 m3"],
    },
    {
      name: "a feature read only by a retired model is underutilized, not a cascade",
      spec: { paths: ["m1 > f1 > m2"], entities: { m2: { lifecycle: "RETIRED" } } },
      kind: "UNDERUTILIZED_FEATURE",
      expected: ["f1"],
    },
  ])("$name", ({ spec, kind, expected }) => {
    expect(kinds(spec)[kind]).toEqual(expected);
  });

  it.each<{ name: string; spec: FixtureSpec; root: string; down: string[]; up: string[] }>([
    { name: "a live chain", spec: { paths: ["s1 > f1 > m1 > c1"] }, root: "f1", down: ["m1", "c1"], up: ["s1"] },
    {
      name: "a retired model stops the walk both ways",
      spec: { paths: ["s1 > f1 > m1 > c1"], entities: { m1: { lifecycle: "RETIRED" } } },
      root: "f1",
      down: [],
      up: ["s1"],
    },
    {
      name: "a retired consumer is not reached",
      spec: { paths: ["s1 > f1 > m1 > c1", "m1 > c2"], entities: { c1: { lifecycle: "RETIRED" } } },
      root: "m1",
      down: ["c2"],
      up: ["f1", "s1"],
    },
  ])("blast radius: $name", ({ spec, root, down, up }) => {
    const { entities, relations } = fixture(spec);
    const graph = buildGraph(entities, relations);
    expect(downstream(graph, root)?.entities.map((e) => e.id)).toEqual(down);
    expect(upstream(graph, root)?.entities.map((e) => e.id)).toEqual(up);
    const consumer = new Uint8Array(graph.nodeCount);
    graph.nodes.forEach((n, v) => (consumer[v] = n.kind === "CONSUMER" ? 1 : 0));
    const counts = reachCounts(graph, { consumer });
    const v = graph.indexOf.get(root)!;
    expect(counts.downstream[v]).toBe(down.length);
    expect(counts.consumers[v]).toBe(down.filter((id) => id.startsWith("c")).length);
  });
});

describe("observed usage ages out of lineage", () => {
  const observed = (lastUsedAt: Date | null | undefined): GraphRelation => ({
    ...relation("m1", "c1", "OBSERVED"),
    lastUsedAt,
  });
  it.each<{ name: string; rel: GraphRelation; windowDays?: number; counts: boolean }>([
    { name: "used yesterday", rel: observed(new Date(now.getTime() - DAY)), counts: true },
    { name: "used exactly at the window's edge", rel: observed(new Date(now.getTime() - 30 * DAY)), counts: true },
    { name: "used a day past the window", rel: observed(new Date(now.getTime() - 31 * DAY)), counts: false },
    { name: "a shorter window", rel: observed(new Date(now.getTime() - 8 * DAY)), windowDays: 7, counts: false },
    { name: "an observed link no usage created", rel: observed(undefined), counts: true },
    { name: "an observed link with no recorded event", rel: observed(null), counts: true },
    { name: "an invalid date", rel: observed(new Date("nope")), counts: false },
    {
      name: "a declared link never ages",
      rel: { ...relation("m1", "c1"), lastUsedAt: new Date(now.getTime() - 400 * DAY) },
      counts: true,
    },
  ])("$name", ({ rel, windowDays, counts }) => {
    const { entities } = fixture({ paths: ["s1 > f1 > m1"], entities: { c1: {} } });
    const graph = buildGraph(entities, [...fixture({ paths: ["s1 > f1 > m1"] }).relations, rel], {
      now,
      observedWindowDays: windowDays,
    });
    expect(downstream(graph, "f1")?.entities.map((e) => e.id)).toEqual(counts ? ["m1", "c1"] : ["m1"]);
    expect(graph.inactiveRelations).toHaveLength(counts ? 0 : 1);
  });
});

describe("one finding per problem", () => {
  it("an undeclared consumer seen in usage is not also an orphan", () => {
    const spec: FixtureSpec = {
      paths: ["m1 > c1"],
      entities: { c1: { teamId: null, declared: false }, c2: { teamId: null } },
    };
    expect(kinds(spec).ORPHAN).toEqual(["c2"]);
  });

  it("an unstable source feeding only an unread feature is folded into the feature's finding", () => {
    const { entities, relations } = fixture({ paths: ["s1 > f1 > m1"], entities: { m1: { lifecycle: "RETIRED" } } });
    const result = analyze({ entities, relations, options: { now } });
    expect(result.findings.map((f) => f.kind)).toEqual(["UNDERUTILIZED_FEATURE"]);
    const [f] = result.findings;
    expect(f?.kind === "UNDERUTILIZED_FEATURE" && f.evidence).toMatchObject({
      reason: "retired-users-only",
      retiredUsers: [{ id: "m1" }],
      unstableInputs: [{ id: "s1" }],
    });
  });
});
