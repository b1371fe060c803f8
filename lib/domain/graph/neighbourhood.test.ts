import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { neighbourhood } from "./neighbourhood";
import { fixture } from "./test-fixtures";

const tens = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
const line = fixture({ paths: ["c0 > s1 > f1 > m1 > c1", "s2 > f1"] });
const graph = buildGraph(line.entities, line.relations);

describe("neighbourhood", () => {
  it.each([
    { hops: 0, nodes: ["f1@0"], edges: [] },
    { hops: 1, nodes: ["f1@0", "m1@1", "s1@1", "s2@1"], edges: ["f1>m1", "s1>f1", "s2>f1"] },
    {
      hops: 2,
      nodes: ["f1@0", "m1@1", "s1@1", "s2@1", "c0@2", "c1@2"],
      edges: ["c0>s1", "f1>m1", "m1>c1", "s1>f1", "s2>f1"],
    },
  ])("takes both directions within $hops hops", ({ hops, nodes, edges }) => {
    const view = neighbourhood(graph, "f1", hops);
    expect(view?.nodes.map((n) => `${n.id}@${n.hops}`)).toEqual(nodes);
    expect(view?.edges.map((e) => `${e.fromId}>${e.toId}`)).toEqual(edges);
    expect(view?.truncated).toBe(false);
  });

  it.each([
    { maxNodes: 3, nodes: ["m1", "f0", "f1"], truncated: true },
    { maxNodes: 11, nodes: ["m1", ...tens("f")], truncated: true },
    { maxNodes: 21, nodes: ["m1", ...tens("f"), ...tens("s")], truncated: false },
  ])("keeps at most $maxNodes nodes around a hub, nearest first", ({ maxNodes, nodes, truncated }) => {
    const hub = fixture({ paths: Array.from({ length: 10 }, (_, i) => `s${i} > f${i} > m1`) });
    const view = neighbourhood(buildGraph(hub.entities, hub.relations), "m1", 2, { maxNodes });
    expect(view?.nodes.map((n) => n.id)).toEqual(nodes);
    expect(view?.truncated).toBe(truncated);
    expect(view?.edges.every((e) => nodes.includes(e.fromId) && nodes.includes(e.toId))).toBe(true);
  });

  it("returns null for an unknown entity", () => {
    expect(neighbourhood(graph, "nope", 2)).toBeNull();
  });
});
