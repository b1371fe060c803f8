import { describe, expect, it } from "vitest";
import { computeSignals, type DagNode } from "./signals";

// raw.a ─┐
//        ├─ stg_ab ─ mart ─ report (exposure)
// raw.b ─┘           │
// seed ──── stg_s ───┘      mart ─ leaf
const dag: DagNode[] = [
  { id: "source.raw.a", type: "source", parents: [] },
  { id: "source.raw.b", type: "source", parents: [] },
  { id: "seed.s", type: "seed", parents: [] },
  { id: "model.stg_ab", type: "model", parents: ["source.raw.a", "source.raw.b"] },
  { id: "model.stg_s", type: "model", parents: ["seed.s"] },
  { id: "model.mart", type: "model", parents: ["model.stg_ab", "model.stg_s", "model.stg_ab", "macro.not_a_node"] },
  { id: "model.leaf", type: "model", parents: ["model.mart"] },
  { id: "exposure.report", type: "exposure", parents: ["model.mart"] },
];

describe("computeSignals", () => {
  const r = computeSignals(dag, new Map([["model.mart", 3]]));
  if (!r.ok) throw new Error("cycle");
  const s = (id: string) => r.signals.get(id)!;

  it.each([
    // id, depth, fanIn, fanOut, upstreamSources, downstreamNodes, exposures, tests
    ["source.raw.a", 0, 0, 1, 0, 3, 1, 0],
    ["seed.s", 0, 0, 1, 0, 3, 1, 0],
    ["model.stg_ab", 1, 2, 1, 2, 2, 1, 0],
    ["model.mart", 2, 2, 1, 3, 1, 1, 3],
    ["model.leaf", 3, 1, 0, 3, 0, 0, 0],
    ["exposure.report", 2, 1, 0, 3, 0, 0, 0],
  ] as const)(
    "%s: depth %i, fan-in %i, fan-out %i, sources %i, downstream %i, exposures %i, tests %i",
    (id, ...want) => {
      const x = s(id);
      expect([x.depth, x.fanIn, x.fanOut, x.upstreamSources, x.downstreamNodes, x.exposures, x.tests]).toEqual(want);
    },
  );

  it("names the nodes behind each number", () => {
    expect(s("model.leaf").explain).toEqual({
      longestPath: ["source.raw.a", "model.stg_ab", "model.mart"],
      parents: ["model.mart"],
      children: [],
      upstreamSources: ["seed.s", "source.raw.a", "source.raw.b"],
      downstream: [],
      exposures: [],
    });
    expect(s("source.raw.b").explain.downstream).toEqual(["model.leaf", "model.mart", "model.stg_ab"]);
    expect(s("source.raw.b").explain.exposures).toEqual(["exposure.report"]);
  });

  it("is the same whatever order the nodes come in", () => {
    const again = computeSignals([...dag].reverse(), new Map([["model.mart", 3]]));
    expect(again).toEqual(r);
  });

  it("names a cycle in the direction data flows", () => {
    const cyclic: DagNode[] = [
      { id: "source.x", type: "source", parents: [] },
      { id: "model.a", type: "model", parents: ["source.x", "model.c"] },
      { id: "model.b", type: "model", parents: ["model.a"] },
      { id: "model.c", type: "model", parents: ["model.b"] },
    ];
    expect(computeSignals(cyclic, new Map())).toEqual({
      ok: false,
      cycle: ["model.a", "model.b", "model.c", "model.a"],
    });
  });
});
