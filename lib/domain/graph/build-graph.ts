// The lineage graph as compressed adjacency arrays: 30k nodes and 100k edges fit in a few typed
// arrays and every rule walks them in linear time. Nodes are numbered in id order and edges are
// sorted by (from, to, kind), so every traversal, and therefore every finding, is the same
// whatever order the catalogue rows arrived in.
//
// Typed-array reads use `!`: every index comes from the arrays' own bounds, and
// noUncheckedIndexedAccess cannot see that.
import type { EntityKind } from "@/lib/domain/kinds";
import { compareIds } from "./fingerprint";
import { isStaleObserved } from "./ageing";
import {
  RELATION_KINDS,
  type EntityRef,
  type GraphEntity,
  type GraphRelation,
  type LineageOptions,
  type RelationKind,
} from "./types";

export const KIND_INDEX: Readonly<Record<EntityKind, number>> = { MODEL: 0, FEATURE: 1, DATA_SOURCE: 2, CONSUMER: 3 };
export const RELATION_INDEX: Readonly<Record<RelationKind, number>> = {
  FEATURE_FROM_SOURCE: 0,
  FEATURE_FROM_MODEL: 1,
  MODEL_USES_FEATURE: 2,
  CONSUMER_READS_MODEL: 3,
  CONSUMER_WRITES_SOURCE: 4,
  SOURCE_FROM_SOURCE: 5,
  CONSUMER_READS_SOURCE: 6,
};

export interface CatalogueGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Non-archived entities, in id order; a node's index is its position here. */
  readonly nodes: readonly GraphEntity[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** KIND_INDEX of each node. */
  readonly nodeKind: Uint8Array;
  /** Edge e runs edgeFrom[e] → edgeTo[e]; edges are sorted by (from, to, kind). */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** RELATION_INDEX of each edge. */
  readonly edgeKind: Uint8Array;
  /** 1 when the edge was DECLARED (a declared copy wins over an observed duplicate). */
  readonly edgeDeclared: Uint8Array;
  /** Out-edges of v are the edge ids outStart[v] .. outStart[v + 1] - 1. */
  readonly outStart: Int32Array;
  /** In-edges of v are inEdge[inStart[v] .. inStart[v + 1] - 1], ordered by source. */
  readonly inStart: Int32Array;
  readonly inEdge: Int32Array;
  /** Archived entities, kept aside: findings ignore them but may still name them. */
  readonly archived: ReadonlyMap<string, GraphEntity>;
  /** Relations left out: an endpoint archived or unknown. Duplicates are not listed. */
  readonly ignoredRelations: readonly GraphRelation[];
  /**
   * Relations between live entities that are not lineage: an endpoint RETIRED (retired entities
   * close no loop, extend no cascade, count in no blast radius), or an OBSERVED link whose last
   * usage is older than the window (docs/scoring.md §9). Kept for the rules that name them.
   */
  readonly inactiveRelations: readonly GraphRelation[];
  readonly duplicateRelations: number;
}

export function buildGraph(
  entities: readonly GraphEntity[],
  relations: readonly GraphRelation[],
  options?: LineageOptions,
): CatalogueGraph {
  const archived = new Map<string, GraphEntity>();
  const live: GraphEntity[] = [];
  for (const e of entities) {
    if (e.archived) archived.set(e.id, e);
    else live.push(e);
  }
  live.sort((a, b) => compareIds(a.id, b.id));
  const nodes: GraphEntity[] = [];
  const indexOf = new Map<string, number>();
  for (const e of live) {
    // A repeated id keeps its first row; ids are primary keys, so this only guards bad input.
    if (indexOf.has(e.id)) continue;
    indexOf.set(e.id, nodes.length);
    nodes.push(e);
  }
  const n = nodes.length;
  const nodeKind = new Uint8Array(n);
  for (let i = 0; i < n; i++) nodeKind[i] = KIND_INDEX[nodes[i]!.kind];

  // Sort candidate edges by one numeric key: (from, to, kind) then declared-first, so the copy
  // kept from a duplicate is the declared one. Exact below 2^53 for any realistic catalogue.
  const ignoredRelations: GraphRelation[] = [];
  const inactiveRelations: GraphRelation[] = [];
  const candFrom: number[] = [];
  const candTo: number[] = [];
  const candKey: number[] = [];
  const kindCount = RELATION_KINDS.length;
  for (const r of relations) {
    const from = indexOf.get(r.fromId);
    const to = indexOf.get(r.toId);
    if (from === undefined || to === undefined) {
      ignoredRelations.push(r);
      continue;
    }
    if (
      nodes[from]!.lifecycle === "RETIRED" ||
      nodes[to]!.lifecycle === "RETIRED" ||
      (options !== undefined && isStaleObserved(r, options))
    ) {
      inactiveRelations.push(r);
      continue;
    }
    candFrom.push(from);
    candTo.push(to);
    candKey.push(((from * n + to) * kindCount + RELATION_INDEX[r.kind]) * 2 + (r.origin === "DECLARED" ? 0 : 1));
  }
  const order = Array.from({ length: candKey.length }, (_, i) => i);
  order.sort((a, b) => candKey[a]! - candKey[b]!);

  const kept: number[] = [];
  let duplicateRelations = 0;
  let lastEdgeKey = -1;
  for (const c of order) {
    const edgeKey = Math.floor(candKey[c]! / 2);
    if (edgeKey === lastEdgeKey) {
      duplicateRelations++;
      continue;
    }
    lastEdgeKey = edgeKey;
    kept.push(c);
  }

  const m = kept.length;
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const edgeKind = new Uint8Array(m);
  const edgeDeclared = new Uint8Array(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const c = kept[e]!;
    const key = candKey[c]!;
    edgeFrom[e] = candFrom[c]!;
    edgeTo[e] = candTo[c]!;
    edgeKind[e] = Math.floor(key / 2) % kindCount;
    edgeDeclared[e] = key % 2 === 0 ? 1 : 0;
    outStart[edgeFrom[e]! + 1]!++;
    inStart[edgeTo[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  // Filling in edge order (sorted by source) leaves each in-list ordered by source.
  const inEdge = new Int32Array(m);
  const fill = inStart.slice(0, n);
  for (let e = 0; e < m; e++) inEdge[fill[edgeTo[e]!]!++] = e;

  return {
    nodeCount: n,
    edgeCount: m,
    nodes,
    indexOf,
    nodeKind,
    edgeFrom,
    edgeTo,
    edgeKind,
    edgeDeclared,
    outStart,
    inStart,
    inEdge,
    archived,
    ignoredRelations,
    inactiveRelations,
    duplicateRelations,
  };
}

export function refOf(entity: GraphEntity): EntityRef {
  return { id: entity.id, kind: entity.kind, name: entity.name };
}

export function nodeRef(graph: CatalogueGraph, v: number): EntityRef {
  return refOf(graph.nodes[v]!);
}

export function isActive(entity: GraphEntity): boolean {
  return !entity.archived && entity.lifecycle !== "RETIRED";
}
