// One finding per cyclic strongly connected component, however many simple cycles it holds:
// enumerating cycles is exponential, and the component is what a team has to break anyway.
// Retired entities have no lineage edges (build-graph.ts), so they never close a loop.
import { nodeRef, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { fingerprint } from "./fingerprint";
import { pathLabel } from "./labels";
import type { Components } from "./scc";
import type { FindingOfKind } from "./types";

export function findFeedbackLoops(graph: CatalogueGraph, components: Components): FindingOfKind<"FEEDBACK_LOOP">[] {
  const { outStart, edgeTo, nodes } = graph;
  const { componentOf, start, members } = components;
  const seen = new Int32Array(graph.nodeCount).fill(-1);
  const parent = new Int32Array(graph.nodeCount);
  const queue = new Int32Array(graph.nodeCount);
  const findings: FindingOfKind<"FEEDBACK_LOOP">[] = [];

  for (let c = 0; c < components.count; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    // Members are in ascending node order, which is id order: the first is the canonical start.
    const s = members[from]!;
    const cycle = shortestCycleThrough(s, c, outStart, edgeTo, componentOf, seen, parent, queue);
    if (cycle === null) continue;

    const size = to - from;
    let links = 0;
    for (let i = from; i < to; i++) {
      const v = members[i]!;
      let previous = -1;
      for (let e = outStart[v]!; e < outStart[v + 1]!; e++) {
        const w = edgeTo[e]!;
        // Two relation kinds between the same pair still make one link of the loop.
        if (componentOf[w] === c && w !== previous) links++;
        previous = w;
      }
    }

    const onCycle = new Set(cycle);
    const memberIds = cycle.map((v) => nodes[v]!.id);
    for (let i = from; i < to; i++) {
      const v = members[i]!;
      if (!onCycle.has(v)) memberIds.push(nodes[v]!.id);
    }
    const allIds: string[] = [];
    for (let i = from; i < to; i++) allIds.push(nodes[members[i]!]!.id);
    const primary = cycle.find((v) => nodes[v]!.kind === "MODEL") ?? s;
    const label = pathLabel(
      cycle.map((v) => nodes[v]!.name),
      true,
    );
    const extra = size - cycle.length;

    findings.push({
      kind: "FEEDBACK_LOOP",
      categoryKey: CATEGORY_OF_SIGNAL.FEEDBACK_LOOP,
      title: `Feedback loop: ${label}${extra > 0 ? ` (+${extra} more entities in the loop)` : ""}`,
      memberIds,
      primaryId: nodes[primary]!.id,
      evidence: {
        cycle: cycle.map((v) => nodeRef(graph, v)),
        members: Array.from(members.subarray(from, to), (v) => nodeRef(graph, v)),
        singleCycle: links === size,
        edgeCount: links,
      },
      fingerprint: fingerprint("FEEDBACK_LOOP", allIds),
    });
  }
  return findings;
}

/**
 * Breadth-first from s inside its component, so the representative is a shortest cycle and,
 * with sorted adjacency, always the same one. Null when the component is acyclic (a lone node
 * without a self-loop).
 */
function shortestCycleThrough(
  s: number,
  component: number,
  outStart: Int32Array,
  edgeTo: Int32Array,
  componentOf: Int32Array,
  seen: Int32Array,
  parent: Int32Array,
  queue: Int32Array,
): number[] | null {
  let head = 0;
  let tail = 0;
  queue[tail++] = s;
  seen[s] = component;
  while (head < tail) {
    const u = queue[head++]!;
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      const w = edgeTo[e]!;
      if (w === s) {
        const path: number[] = [];
        for (let v = u; v !== s; v = parent[v]!) path.push(v);
        path.push(s);
        return path.reverse();
      }
      if (componentOf[w] !== component || seen[w] === component) continue;
      seen[w] = component;
      parent[w] = u;
      queue[tail++] = w;
    }
  }
  return null;
}
