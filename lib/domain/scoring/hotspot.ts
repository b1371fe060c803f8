// The hotspot score (docs/scoring.md §10): debt × impact. Impact is the analogue of CodeScene's
// "interest rate": the same debt costs more where more depends on it. It grows with the entity's
// blast radius (every catalogue entity its data flows into, transitively) and with the consumers
// reading it (CONSUMER entities downstream plus callers seen in usage but not catalogued), on a
// log scale, so a source feeding 2,000 entities weighs more than one feeding 20, but not a
// hundred times more.
import {
  buildGraph,
  type GraphEntity,
  type GraphRelation,
  type LineageOptions,
  type UsageAggregate,
} from "@/lib/domain/graph";
import { reachCounts } from "@/lib/domain/graph/reach-counts";

export interface ImpactInput {
  /** Distinct active entities downstream, transitively (the entity itself excluded). */
  downstream: number;
  /** Distinct consumers downstream: CONSUMER entities plus uncatalogued callers seen in usage. */
  consumers: number;
}

/** impact = 1 + log₂(1 + downstream) + log₂(1 + consumers); 1 for an entity nothing depends on. */
export function impactOf({ downstream, consumers }: ImpactInput): number {
  return 1 + Math.log2(1 + Math.max(0, downstream)) + Math.log2(1 + Math.max(0, consumers));
}

/** score = debt ratio × impact; null when the entity has no rating (nothing answered). */
export function hotspotScore(ratio: number | null, impact: number): number | null {
  return ratio === null ? null : ratio * impact;
}

export interface EntityImpact extends ImpactInput {
  entityId: string;
  impact: number;
}

const CALLER_PREFIX = "\u0000caller:";

/**
 * Blast radius and consumers of every active entity. Usage in the window adds model → consumer
 * edges: to the catalogued consumer when the caller is known, else to a stand-in for the caller
 * name that counts as a consumer but not as a catalogue entity.
 */
export function computeEntityImpacts(
  entities: readonly GraphEntity[],
  relations: readonly GraphRelation[],
  usage: readonly Pick<UsageAggregate, "modelId" | "callerName" | "consumerId">[] = [],
  lineage?: LineageOptions,
): EntityImpact[] {
  const live = new Set(entities.filter((e) => !e.archived).map((e) => e.id));
  const callers = new Map<string, GraphEntity>();
  const observed: GraphRelation[] = [];
  for (const u of usage) {
    if (!live.has(u.modelId)) continue;
    let toId: string;
    if (u.consumerId && live.has(u.consumerId)) toId = u.consumerId;
    else {
      toId = CALLER_PREFIX + u.callerName;
      if (!callers.has(toId))
        callers.set(toId, {
          id: toId,
          kind: "CONSUMER",
          name: u.callerName,
          teamId: null,
          lifecycle: "PRODUCTION",
          archived: false,
        });
    }
    observed.push({ fromId: u.modelId, toId, kind: "CONSUMER_READS_MODEL", origin: "OBSERVED" });
  }
  const graph = buildGraph([...entities, ...callers.values()], [...relations, ...observed], lineage);
  const n = graph.nodeCount;
  const counted = new Uint8Array(n);
  const consumer = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const node = graph.nodes[v]!;
    const stand = node.id.startsWith(CALLER_PREFIX);
    counted[v] = stand ? 0 : 1;
    consumer[v] = node.kind === "CONSUMER" ? 1 : 0;
  }
  const { downstream, consumers } = reachCounts(graph, { counted, consumer });
  const out: EntityImpact[] = [];
  for (let v = 0; v < n; v++) {
    const node = graph.nodes[v]!;
    if (!counted[v]) continue;
    const input = { downstream: downstream[v]!, consumers: consumers[v]! };
    out.push({ entityId: node.id, ...input, impact: impactOf(input) });
  }
  return out;
}
