import { describe, expect, it } from "vitest";
import { downstream } from "./blast-radius";
import { buildGraph } from "./build-graph";
import { reachCounts } from "./reach-counts";
import { fixture, randomCatalogue } from "./test-fixtures";

function countsById(spec: Parameters<typeof fixture>[0]) {
  const { entities, relations } = fixture(spec);
  const graph = buildGraph(entities, relations);
  const consumer = new Uint8Array(graph.nodeCount);
  graph.nodes.forEach((n, v) => (consumer[v] = n.kind === "CONSUMER" ? 1 : 0));
  const { downstream: d, consumers: c } = reachCounts(graph, { consumer });
  return Object.fromEntries(graph.nodes.map((n, v) => [n.id, [d[v], c[v]]]));
}

describe("reachCounts", () => {
  it.each([
    {
      name: "a chain",
      spec: { paths: ["s1 > f1 > m1 > c1"] },
      expected: { s1: [3, 1], f1: [2, 1], m1: [1, 1], c1: [0, 0] },
    },
    {
      name: "a diamond counts the shared entities once",
      spec: { paths: ["s1 > f1 > m1 > c1", "s1 > f2 > m1", "m1 > c2"] },
      expected: { s1: [5, 2], f1: [3, 2], f2: [3, 2], m1: [2, 2], c1: [0, 0], c2: [0, 0] },
    },
    {
      name: "a feedback loop: every member reaches the others, never itself",
      spec: { paths: ["m1 > c1 > s1 > f1 > m1", "m1 > c2"] },
      expected: { m1: [4, 2], c1: [4, 1], s1: [4, 2], f1: [4, 2], c2: [0, 0] },
    },
    { name: "an isolated entity", spec: { entities: { m9: {} } }, expected: { m9: [0, 0] } },
  ])("$name", ({ spec, expected }) => {
    expect(countsById(spec)).toEqual(expected);
  });

  it("agrees with a breadth-first walk from every node of a large random catalogue", () => {
    const { entities, relations } = randomCatalogue(7, 400, 1100, new Date("2026-11-26T00:00:00Z"));
    const graph = buildGraph(entities, relations);
    const { downstream: counts } = reachCounts(graph);
    const walked = graph.nodes.map((n) => downstream(graph, n.id)!.entities.length);
    expect(Array.from(counts)).toEqual(walked);
    expect(Math.max(...walked)).toBeGreaterThan(50);
  });

  it("leaves uncounted nodes out of the totals", () => {
    const { entities, relations } = fixture({ paths: ["s1 > f1 > m1 > c1"] });
    const graph = buildGraph(entities, relations);
    const counted = new Uint8Array(graph.nodeCount).fill(1);
    counted[graph.indexOf.get("f1")!] = 0;
    expect(reachCounts(graph, { counted }).downstream[graph.indexOf.get("s1")!]).toBe(2);
  });
});
