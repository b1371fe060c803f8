import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { buildGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { stronglyConnectedComponents } from "./scc";
import { fixture, randomCatalogue, seeded, shuffled } from "./test-fixtures";
import { SIGNAL_KINDS, type GraphSignalKind, type UsageAggregate } from "./types";

const now = new Date("2025-06-01T00:00:00.000Z");

// clicks → ctr model → its score as a feature → ranker → feed → clicks again, plus loose ends.
const catalogue = fixture({
  paths: ["s1 > f1 > m1 > f2 > m2 > c1 > s1", "s2 > f3 > m2"],
  entities: {
    s2: { versioned: true },
    f9: { teamId: null },
    m8: { lifecycle: "RETIRED" },
    f8: {},
    m7: { archived: true, teamId: null },
  },
  relations: [{ fromId: "f8", toId: "m8", kind: "MODEL_USES_FEATURE", origin: "DECLARED" }],
});
const usage: UsageAggregate[] = [
  { modelId: "m2", callerName: "c1", consumerId: null, occurredAt: new Date("2025-05-30T00:00:00Z"), count: 3 },
  {
    modelId: "m2",
    callerName: "ads-service",
    consumerId: null,
    occurredAt: new Date("2025-05-30T00:00:00Z"),
    count: 9,
  },
  { modelId: "m1", callerName: "ancient", consumerId: null, occurredAt: new Date("2025-01-01T00:00:00Z"), count: 9 },
];

describe("analyze", () => {
  const result = analyze({ ...catalogue, usage, options: { now } });

  it.each<[GraphSignalKind, string[][]]>([
    ["CORRECTION_CASCADE", [["m1", "f2", "m2"]]],
    ["FEEDBACK_LOOP", [["c1", "s1", "f1", "m1", "f2", "m2"]]],
    ["UNDERUTILIZED_FEATURE", [["f8"], ["f9"]]],
    // m1's output feeding m2 through f2 is the cascade above, not also an unstable dependency.
    ["UNSTABLE_DEPENDENCY", [["s1", "f1"]]],
    ["UNDECLARED_CONSUMER", [["m2"]]],
    ["ORPHAN", [["f9"]]],
  ])("finds %s", (kind, members) => {
    const found = result.findings.filter((f) => f.kind === kind);
    expect(found.map((f) => f.memberIds).sort()).toEqual(members.sort());
    expect(result.stats.byKind[kind]).toBe(members.length);
    for (const f of found) expect(f.categoryKey).toBe(CATEGORY_OF_SIGNAL[kind]);
  });

  it("counts what it ran on", () => {
    expect(result.stats).toMatchObject({
      entities: 12,
      archivedEntities: 1,
      nodes: 11,
      cyclicComponents: 1,
      entitiesInCycles: 6,
      cascadeLinks: 1,
      usageConsidered: 2,
    });
  });

  it.each([1, 2, 3, 4])("is identical for shuffled input (seed %i)", (seed) => {
    const random = seeded(seed);
    const again = analyze({
      entities: shuffled(catalogue.entities, random),
      relations: shuffled(catalogue.relations, random),
      usage: shuffled(usage, random),
      options: { now },
    });
    expect(again).toEqual(result);
  });

  it.each(SIGNAL_KINDS)("files %s under a category", (kind) => {
    expect(CATEGORY_OF_SIGNAL[kind]).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe("analyze on a 30,000-entity, 100,000-relation catalogue", () => {
  const big = randomCatalogue(20_150_601, 30_000, 100_000, now);

  it("returns consistent findings", { timeout: 60_000 }, () => {
    const { findings, stats } = analyze({ ...big, options: { now } });
    const graph = buildGraph(big.entities, big.relations);
    const components = stronglyConnectedComponents(graph);

    // Components partition the live entities.
    const seen = new Uint8Array(graph.nodeCount);
    for (let c = 0; c < components.count; c++) {
      for (let i = components.start[c]!; i < components.start[c + 1]!; i++) seen[components.members[i]!]!++;
    }
    expect(seen.every((x) => x === 1)).toBe(true);

    // Each loop is one whole component, no entity in two loops.
    const inLoop = new Set<string>();
    let memberships = 0;
    for (const f of findings) {
      if (f.kind !== "FEEDBACK_LOOP") continue;
      const component = components.componentOf[graph.indexOf.get(f.memberIds[0]!)!]!;
      expect(f.evidence.members).toHaveLength(components.start[component + 1]! - components.start[component]!);
      expect(new Set(f.memberIds)).toEqual(new Set(f.evidence.members.map((m) => m.id)));
      for (const m of f.evidence.members) inLoop.add(m.id);
      memberships += f.evidence.members.length;
    }
    expect(inLoop.size).toBe(memberships);
    expect(inLoop.size).toBe(stats.entitiesInCycles);

    // Every cascade link is reported exactly once.
    const links = findings.flatMap((f) => (f.kind === "CORRECTION_CASCADE" ? f.evidence.links : []));
    expect(links).toHaveLength(stats.cascadeLinks);
    expect(new Set(links.map((l) => `${l.fromModelId}>${l.toModelId}`)).size).toBe(stats.cascadeLinks);

    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    const live = new Set(graph.nodes.map((n) => n.id));
    const all = new Set(big.entities.map((e) => e.id));
    expect(findings.filter((f) => !live.has(f.primaryId))).toEqual([]);
    expect(findings.filter((f) => f.memberIds.some((id) => !all.has(id)))).toEqual([]);
    for (const kind of [
      "CORRECTION_CASCADE",
      "UNDERUTILIZED_FEATURE",
      "UNSTABLE_DEPENDENCY",
      "UNDECLARED_CONSUMER",
      "ORPHAN",
    ] as const) {
      expect(stats.byKind[kind]).toBeGreaterThan(0);
    }
    expect(JSON.parse(JSON.stringify(findings.slice(0, 200)))).toEqual(findings.slice(0, 200));
  });
});
