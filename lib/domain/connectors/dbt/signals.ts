// Pipeline-jungle signals from a dbt project's DAG (the paper's "pipeline jungles": data
// preparation grown by accretion, hard to test and to change). Every number is a count over
// the manifest's depends_on edges between sources, seeds, models and snapshots (exposures read
// them), and each comes with the nodes behind it so a person can check it:
//   depth            the longest chain of transformations from a raw source or seed to this node
//   fanIn            nodes it selects from directly
//   fanOut           models and snapshots that select from it directly
//   upstreamSources  distinct sources and seeds it is ultimately built from
//   downstreamNodes  models and snapshots built from it, directly or not
//   exposures        dashboards, ML models and apps (dbt exposures) that read it, directly or not
//   tests            dbt data tests attached to it
import { compareIds } from "@/lib/domain/graph/fingerprint";

export const DATA_RESOURCE_TYPES = ["source", "seed", "model", "snapshot"] as const;
export type DataResourceType = (typeof DATA_RESOURCE_TYPES)[number];
export type DagResourceType = DataResourceType | "exposure";

export interface DagNode {
  id: string;
  type: DagResourceType;
  /** depends_on.nodes: only those that are nodes of this DAG count. */
  parents: readonly string[];
}

export interface NodeSignals {
  depth: number;
  fanIn: number;
  fanOut: number;
  upstreamSources: number;
  downstreamNodes: number;
  exposures: number;
  tests: number;
  explain: SignalsExplain;
}

/** The unique_ids behind the numbers (lists of transitive nodes are capped, counts are not). */
export interface SignalsExplain {
  /** From a root to this node's parent: the chain that makes `depth` (empty at depth 0). */
  longestPath: string[];
  parents: string[];
  children: string[];
  upstreamSources: string[];
  downstream: string[];
  exposures: string[];
}

export const EXPLAIN_LIST_CAP = 50;

export type DagResult = { ok: true; signals: Map<string, NodeSignals> } | { ok: false; cycle: string[] };

const isRoot = (t: DagResourceType) => t === "source" || t === "seed";

/**
 * Signals for every node. `tests` maps a node id to its attached data tests. A cycle (which dbt
 * itself refuses, so only a hand-edited file has one) is returned instead, naming its nodes.
 */
export function computeSignals(nodes: readonly DagNode[], tests: ReadonlyMap<string, number>): DagResult {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ids = [...byId.keys()].sort(compareIds);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    const own = [...new Set(byId.get(id)!.parents.filter((p) => byId.has(p) && p !== id))].sort(compareIds);
    parents.set(id, own);
    for (const p of own) children.get(p)!.push(id);
  }

  // Kahn's order: parents before children, ties by id so every result is the same for the same file.
  const indegree = new Map(ids.map((id) => [id, parents.get(id)!.length]));
  const order: string[] = [];
  const ready = ids.filter((id) => indegree.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const c of children.get(id)!) {
      const left = indegree.get(c)! - 1;
      indegree.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  if (order.length < ids.length)
    return {
      ok: false,
      cycle: findCycle(
        ids.filter((id) => indegree.get(id)! > 0),
        parents,
      ),
    };

  const depth = new Map<string, number>();
  const via = new Map<string, string | null>();
  const ancestors = new Map<string, Set<string>>();
  for (const id of order) {
    let best = -1;
    let bestParent: string | null = null;
    const anc = new Set<string>();
    for (const p of parents.get(id)!) {
      const d = depth.get(p)!;
      if (d > best) [best, bestParent] = [d, p];
      anc.add(p);
      for (const a of ancestors.get(p)!) anc.add(a);
    }
    // Exposures are read, not built: their depth is that of the deepest table they read.
    const type = byId.get(id)!.type;
    depth.set(id, bestParent === null ? 0 : type === "exposure" ? best : best + 1);
    via.set(id, bestParent);
    ancestors.set(id, anc);
  }

  const descendants = new Map<string, Set<string>>();
  for (const id of [...order].reverse()) {
    const des = new Set<string>();
    for (const c of children.get(id)!) {
      des.add(c);
      for (const d of descendants.get(c)!) des.add(d);
    }
    descendants.set(id, des);
  }

  const signals = new Map<string, NodeSignals>();
  const typeOf = (id: string) => byId.get(id)!.type;
  const sorted = (set: Iterable<string>, keep: (id: string) => boolean) => [...set].filter(keep).sort(compareIds);
  for (const id of ids) {
    const path: string[] = [];
    for (let p = via.get(id) ?? null; p !== null; p = via.get(p) ?? null) path.unshift(p);
    const kids = children.get(id)!.filter((c) => typeOf(c) !== "exposure");
    const upstream = sorted(ancestors.get(id)!, (a) => isRoot(typeOf(a)));
    const downstream = sorted(descendants.get(id)!, (d) => typeOf(d) !== "exposure");
    const exposures = sorted(descendants.get(id)!, (d) => typeOf(d) === "exposure");
    signals.set(id, {
      depth: depth.get(id)!,
      fanIn: parents.get(id)!.length,
      fanOut: kids.length,
      upstreamSources: upstream.length,
      downstreamNodes: downstream.length,
      exposures: exposures.length,
      tests: tests.get(id) ?? 0,
      explain: {
        longestPath: path,
        parents: parents.get(id)!.slice(0, EXPLAIN_LIST_CAP),
        children: kids.slice(0, EXPLAIN_LIST_CAP),
        upstreamSources: upstream.slice(0, EXPLAIN_LIST_CAP),
        downstream: downstream.slice(0, EXPLAIN_LIST_CAP),
        exposures: exposures.slice(0, EXPLAIN_LIST_CAP),
      },
    });
  }
  return { ok: true, signals };
}

/** One cycle among the nodes Kahn's order could not place, as a → b → … → a. */
function findCycle(stuck: string[], parents: ReadonlyMap<string, string[]>): string[] {
  const inStuck = new Set(stuck);
  const start = stuck[0]!;
  const seenAt = new Map<string, number>();
  const walk: string[] = [];
  let at: string | undefined = start;
  while (at !== undefined && !seenAt.has(at)) {
    seenAt.set(at, walk.length);
    walk.push(at);
    at = parents.get(at)!.find((p) => inStuck.has(p));
  }
  if (at === undefined) return walk;
  // Walked against the edges (child → parent): turn it round so it reads the way data flows.
  return [...walk.slice(seenAt.get(at)), at].reverse();
}
