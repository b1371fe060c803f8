// How many entities lie downstream of every node at once (the blast radius of each), for the
// hotspot score. One breadth-first walk per node would cost O(V·E) on a 28k-node catalogue, so
// the graph is condensed into its strongly connected components and each component's reach is a
// bitset: the union of its successors' bitsets plus its own members. Tarjan numbers components
// sinks first, so successors are always done before the component that reads them; a bitset is
// freed as soon as its last predecessor has read it.
import type { CatalogueGraph } from "./build-graph";
import { stronglyConnectedComponents } from "./scc";

export interface ReachCounts {
  /** Per node: reached nodes with `counted` set, the node itself excluded. */
  downstream: Int32Array;
  /** Per node: reached nodes with `consumer` set, the node itself excluded. */
  consumers: Int32Array;
}

export interface ReachCountMarks {
  /** Per node, 1 when it counts toward `downstream` (default: every node). */
  counted?: Uint8Array;
  /** Per node, 1 when it counts toward `consumers` (default: none). */
  consumer?: Uint8Array;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function reachCounts(graph: CatalogueGraph, marks: ReachCountMarks = {}): ReachCounts {
  const n = graph.nodeCount;
  const counted = marks.counted ?? new Uint8Array(n).fill(1);
  const consumer = marks.consumer ?? new Uint8Array(n);
  const downstream = new Int32Array(n);
  const consumers = new Int32Array(n);
  if (n === 0) return { downstream, consumers };

  const words = (n + 31) >>> 5;
  const countedMask = new Uint32Array(words);
  const consumerMask = new Uint32Array(words);
  for (let v = 0; v < n; v++) {
    if (counted[v]) countedMask[v >>> 5]! |= 1 << (v & 31);
    if (consumer[v]) consumerMask[v >>> 5]! |= 1 << (v & 31);
  }

  const { count, componentOf, start, members } = stronglyConnectedComponents(graph);
  const { outStart, edgeTo } = graph;
  // Predecessor edges still to read each component's bitset (parallel edges counted each time).
  const pending = new Int32Array(count);
  for (let e = 0; e < graph.edgeCount; e++) {
    const from = componentOf[graph.edgeFrom[e]!]!;
    const to = componentOf[edgeTo[e]!]!;
    if (from !== to) pending[to]!++;
  }
  const sets: (Uint32Array | null)[] = new Array<Uint32Array | null>(count).fill(null);

  for (let c = 0; c < count; c++) {
    const set = new Uint32Array(words);
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      set[v >>> 5]! |= 1 << (v & 31);
    }
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      for (let e = outStart[v]!; e < outStart[v + 1]!; e++) {
        const d = componentOf[edgeTo[e]!]!;
        if (d === c) continue;
        const other = sets[d]!;
        for (let w = 0; w < words; w++) set[w]! |= other[w]!;
        if (--pending[d]! === 0) sets[d] = null;
      }
    }
    let reachedCounted = 0;
    let reachedConsumers = 0;
    for (let w = 0; w < words; w++) {
      const bits = set[w]!;
      if (bits === 0) continue;
      reachedCounted += popcount32(bits & countedMask[w]!);
      reachedConsumers += popcount32(bits & consumerMask[w]!);
    }
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      // The set holds the node itself (its own component); it is no part of its blast radius.
      downstream[v] = reachedCounted - (counted[v] ? 1 : 0);
      consumers[v] = reachedConsumers - (consumer[v] ? 1 : 0);
    }
    if (pending[c]! > 0) sets[c] = set;
  }
  return { downstream, consumers };
}
