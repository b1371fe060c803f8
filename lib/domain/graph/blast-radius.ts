// Transitive closures for "what breaks if this changes" (downstream) and "what does this rest on"
// (upstream), the paper's section 9 question. Breadth-first, so every entity appears once, at its
// shortest hop distance, however many paths (diamonds) lead to it.
// Only lineage is walked: retired entities and observed usage links that aged out are not
// (build-graph.ts), so they count in no blast radius.
import { nodeRef, type CatalogueGraph } from "./build-graph";
import type { EntityRef } from "./types";

export type ReachedEntity = EntityRef & {
  hops: number;
  /** The neighbour it was reached through on one shortest path, for explaining the route. */
  viaId: string;
};

export interface Reach {
  rootId: string;
  /** Ordered by hops, then id; the root itself is not listed. */
  entities: ReachedEntity[];
  /** The root lies on a cycle: it reaches itself. */
  reachesItself: boolean;
  /** maxHops stopped the walk while there was more to reach. */
  truncated: boolean;
}

export interface ReachOptions {
  /** Stop after this many hops; unlimited when absent. */
  maxHops?: number;
}

/** Everything the entity's data flows into. Null when the id is unknown or archived. */
export function downstream(graph: CatalogueGraph, id: string, options: ReachOptions = {}): Reach | null {
  return reach(graph, id, options, "down");
}

/** Everything the entity's data comes from. Null when the id is unknown or archived. */
export function upstream(graph: CatalogueGraph, id: string, options: ReachOptions = {}): Reach | null {
  return reach(graph, id, options, "up");
}

function reach(graph: CatalogueGraph, id: string, options: ReachOptions, direction: "down" | "up"): Reach | null {
  const root = graph.indexOf.get(id);
  if (root === undefined) return null;
  const maxHops = options.maxHops === undefined ? Infinity : Math.max(0, Math.floor(options.maxHops));
  const { outStart, edgeTo, inStart, inEdge, edgeFrom } = graph;
  const hops = new Int32Array(graph.nodeCount).fill(-1);
  const via = new Int32Array(graph.nodeCount);
  const queue = new Int32Array(graph.nodeCount);
  let head = 0;
  let tail = 0;
  queue[tail++] = root;
  hops[root] = 0;
  let reachesItself = false;
  let truncated = false;

  while (head < tail) {
    const u = queue[head++]!;
    const d = hops[u]!;
    const begin = direction === "down" ? outStart[u]! : inStart[u]!;
    const end = direction === "down" ? outStart[u + 1]! : inStart[u + 1]!;
    for (let i = begin; i < end; i++) {
      const w = direction === "down" ? edgeTo[i]! : edgeFrom[inEdge[i]!]!;
      if (w === root) reachesItself = true;
      if (hops[w] !== -1) continue;
      if (d >= maxHops) {
        truncated = true;
        continue;
      }
      hops[w] = d + 1;
      via[w] = u;
      queue[tail++] = w;
    }
  }

  // Breadth-first order is already by hops, and within a level by discovery, not id.
  const reached = Array.from(queue.subarray(1, tail));
  reached.sort((a, b) => hops[a]! - hops[b]! || a - b);
  return {
    rootId: id,
    entities: reached.map((v) => ({ ...nodeRef(graph, v), hops: hops[v]!, viaId: graph.nodes[via[v]!]!.id })),
    reachesItself,
    truncated,
  };
}
