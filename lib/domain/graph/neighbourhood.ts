// The lineage view's window onto the graph: everything within N hops either way, nearest first,
// capped so a hub in a 30k-entity catalogue still renders.
import { nodeRef, type CatalogueGraph } from "./build-graph";
import { RELATION_KINDS, type EntityRef, type RelationKind, type RelationOrigin } from "./types";

export const DEFAULT_NEIGHBOURHOOD_MAX_NODES = 300;

export type NeighbourhoodNode = EntityRef & { hops: number };
export type NeighbourhoodEdge = { fromId: string; toId: string; kind: RelationKind; origin: RelationOrigin };

export interface Neighbourhood {
  centerId: string;
  /** Ordered by hops, then id; the centre is first, at 0 hops. */
  nodes: NeighbourhoodNode[];
  /** Every edge between two listed nodes. */
  edges: NeighbourhoodEdge[];
  /** maxNodes was reached before the hop limit was. */
  truncated: boolean;
}

export function neighbourhood(
  graph: CatalogueGraph,
  id: string,
  hops: number,
  options: { maxNodes?: number } = {},
): Neighbourhood | null {
  const center = graph.indexOf.get(id);
  if (center === undefined) return null;
  const maxHops = Math.max(0, Math.floor(hops));
  const maxNodes = Math.max(1, Math.floor(options.maxNodes ?? DEFAULT_NEIGHBOURHOOD_MAX_NODES));
  const { outStart, edgeTo, inStart, inEdge, edgeFrom } = graph;
  // A Map rather than a node-sized array: the walk touches few nodes even in a huge graph.
  const dist = new Map<number, number>([[center, 0]]);
  const order = [center];
  let truncated = false;

  // Level by level, each level's nodes taken in id order, so truncation keeps the nearest and
  // the cut is the same on every call.
  let frontier = [center];
  for (let d = 0; d < maxHops && frontier.length > 0 && !truncated; d++) {
    const next: number[] = [];
    const pending = new Set<number>();
    const visit = (w: number): void => {
      if (dist.has(w) || pending.has(w)) return;
      pending.add(w);
      next.push(w);
    };
    for (const u of frontier) {
      for (let e = outStart[u]!; e < outStart[u + 1]!; e++) visit(edgeTo[e]!);
      for (let i = inStart[u]!; i < inStart[u + 1]!; i++) visit(edgeFrom[inEdge[i]!]!);
    }
    next.sort((a, b) => a - b);
    const kept = next.slice(0, Math.max(0, maxNodes - order.length));
    if (kept.length < next.length) truncated = true;
    for (const w of kept) {
      dist.set(w, d + 1);
      order.push(w);
    }
    frontier = kept;
  }

  const edges: NeighbourhoodEdge[] = [];
  for (const u of [...order].sort((a, b) => a - b)) {
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      const w = edgeTo[e]!;
      if (!dist.has(w)) continue;
      edges.push({
        fromId: graph.nodes[u]!.id,
        toId: graph.nodes[w]!.id,
        kind: RELATION_KINDS[graph.edgeKind[e]!]!,
        origin: graph.edgeDeclared[e] === 1 ? "DECLARED" : "OBSERVED",
      });
    }
  }
  return {
    centerId: id,
    nodes: order.map((v) => ({ ...nodeRef(graph, v), hops: dist.get(v)! })),
    edges,
    truncated,
  };
}
