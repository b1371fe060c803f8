// Callers seen reading a model's output that its owners never declared (visibility debt). A
// caller is matched to a catalogued consumer by id, or by name when the usage row carries none;
// only a DECLARED reads-link clears it, since an OBSERVED link is exactly what nobody confirmed.
import { KIND_INDEX, RELATION_INDEX, refOf, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { canonicalSet, fingerprint } from "./fingerprint";
import type { AnalyzeOptions, FindingOfKind, GraphEntity, UsageAggregate } from "./types";

import { DEFAULT_UNDECLARED_WINDOW_DAYS } from "./undeclared-window";

export { DEFAULT_UNDECLARED_WINDOW_DAYS };
const DAY_MS = 86_400_000;

interface UsageGroup {
  model: GraphEntity;
  consumer: GraphEntity | null;
  consumerId: string | null;
  key: string;
  callerNames: Set<string>;
  count: number;
  aggregates: number;
  first: number;
  last: number;
  observed: boolean;
}

export interface UndeclaredResult {
  findings: FindingOfKind<"UNDECLARED_CONSUMER">[];
  /** Usage rows inside the window that named a live model. */
  usageConsidered: number;
}

export function findUndeclaredConsumers(
  graph: CatalogueGraph,
  usage: readonly UsageAggregate[],
  options: AnalyzeOptions,
): UndeclaredResult {
  const { nodes, nodeKind, indexOf, outStart, edgeTo, edgeKind, edgeDeclared } = graph;
  const n = graph.nodeCount;
  const windowDays = options.undeclaredWindowDays ?? DEFAULT_UNDECLARED_WINDOW_DAYS;
  const since = options.now.getTime() - windowDays * DAY_MS;

  const consumerByName = new Map<string, number>();
  for (let v = 0; v < n; v++) if (nodeKind[v] === KIND_INDEX.CONSUMER) consumerByName.set(nodes[v]!.name, v);

  const groups = new Map<string, UsageGroup>();
  let usageConsidered = 0;
  for (const row of usage) {
    const at = row.occurredAt.getTime();
    // Written as a negation so an invalid date (NaN) is left out too.
    if (!(at >= since) || !(row.count > 0)) continue;
    const m = indexOf.get(row.modelId);
    if (m === undefined || nodeKind[m] !== KIND_INDEX.MODEL) continue;
    usageConsidered++;

    const c = row.consumerId !== null ? indexOf.get(row.consumerId) : consumerByName.get(row.callerName);
    const link = c === undefined ? null : readsLink(m, c, outStart, edgeTo, edgeKind, edgeDeclared);
    if (link === "DECLARED") continue;

    const consumer =
      c !== undefined ? nodes[c]! : row.consumerId !== null ? (graph.archived.get(row.consumerId) ?? null) : null;
    const consumerId = consumer?.id ?? row.consumerId;
    const callerKey = consumerId !== null ? `consumer:${consumerId}` : `caller:${row.callerName}`;
    const key = `${row.modelId}\u001f${callerKey}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        model: nodes[m]!,
        consumer,
        consumerId,
        key: callerKey,
        callerNames: new Set(),
        count: 0,
        aggregates: 0,
        first: at,
        last: at,
        observed: link === "OBSERVED",
      };
      groups.set(key, group);
    }
    group.callerNames.add(row.callerName);
    group.count += row.count;
    group.aggregates++;
    if (at < group.first) group.first = at;
    if (at > group.last) group.last = at;
  }

  const findings: FindingOfKind<"UNDECLARED_CONSUMER">[] = [];
  for (const g of groups.values()) {
    const callerNames = canonicalSet(g.callerNames);
    const who = g.consumer?.name ?? callerNames[0] ?? "unknown caller";
    findings.push({
      kind: "UNDECLARED_CONSUMER",
      categoryKey: CATEGORY_OF_SIGNAL.UNDECLARED_CONSUMER,
      title: `Undeclared consumer ${who} reads model ${g.model.name}`,
      // Only catalogued entities can be members; an unknown caller lives in the evidence.
      memberIds: g.consumer ? [g.model.id, g.consumer.id] : [g.model.id],
      primaryId: g.model.id,
      evidence: {
        model: refOf(g.model),
        consumer: g.consumer ? refOf(g.consumer) : null,
        consumerId: g.consumerId,
        callerNames,
        count: g.count,
        aggregates: g.aggregates,
        firstSeen: new Date(g.first).toISOString(),
        lastSeen: new Date(g.last).toISOString(),
        windowDays,
        observedRelation: g.observed,
      },
      fingerprint: fingerprint("UNDECLARED_CONSUMER", [g.model.id, g.key]),
    });
  }
  return { findings, usageConsidered };
}

/** Out-edges are sorted by target, so a binary search finds the model → consumer link. */
function readsLink(
  m: number,
  c: number,
  outStart: Int32Array,
  edgeTo: Int32Array,
  edgeKind: Uint8Array,
  edgeDeclared: Uint8Array,
): "DECLARED" | "OBSERVED" | null {
  let lo = outStart[m]!;
  let hi = outStart[m + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edgeTo[mid]! < c) lo = mid + 1;
    else hi = mid;
  }
  for (let e = lo; e < outStart[m + 1]! && edgeTo[e] === c; e++) {
    if (edgeKind[e] === RELATION_INDEX.CONSUMER_READS_MODEL) return edgeDeclared[e] === 1 ? "DECLARED" : "OBSERVED";
  }
  return null;
}
