// An entity's dbt pipeline signals (DbtNode), the project's scale beside them, and the catalogue
// entity each dbt node named in the explanations became (null for nodes that were not imported).
import "server-only";
import { db } from "@/lib/server/db/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ProjectScale, StoredSignals } from "@/lib/domain/connectors/dbt/explain";
import type { SignalsExplain } from "@/lib/domain/connectors/dbt/signals";

export interface PipelineSignals {
  signals: StoredSignals;
  uniqueId: string;
  project: string;
  materialized: string;
  manifestGeneratedAt: Date;
  dbtVersion: string;
  scale: ProjectScale;
  /** unique_id → the entity it became, for the nodes the explanations name. */
  entities: Map<string, { kind: EntityKind; name: string }>;
}

const EMPTY_EXPLAIN: SignalsExplain = {
  longestPath: [],
  parents: [],
  children: [],
  upstreamSources: [],
  downstream: [],
  exposures: [],
};

function readExplain(value: unknown): SignalsExplain {
  const v = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const explain = { ...EMPTY_EXPLAIN };
  for (const k of Object.keys(EMPTY_EXPLAIN) as (keyof SignalsExplain)[])
    explain[k] = Array.isArray(v[k]) ? (v[k] as unknown[]).filter((x): x is string => typeof x === "string") : [];
  return explain;
}

export async function getPipelineSignals(options: { entityId: string }): Promise<PipelineSignals | null> {
  const row = await db().dbtNode.findUnique({ where: { entityId: options.entityId } });
  if (!row) return null;
  const explain = readExplain(row.explain);
  const named = [...new Set(Object.values(explain).flat())];
  // The scale is the project's tables as the catalogue holds them now (active, imported ones).
  const [scale, related] = await Promise.all([
    db().dbtNode.aggregate({
      where: { project: row.project, resourceType: { not: "exposure" }, entity: { archivedAt: null } },
      _count: { _all: true },
      _max: { depth: true, fanOut: true },
    }),
    named.length === 0
      ? Promise.resolve([])
      : db().dbtNode.findMany({
          where: { project: row.project, uniqueId: { in: named } },
          select: { uniqueId: true, entity: { select: { kind: true, name: true } } },
        }),
  ]);
  return {
    signals: {
      resourceType: row.resourceType,
      depth: row.depth,
      fanIn: row.fanIn,
      fanOut: row.fanOut,
      upstreamSources: row.upstreamSources,
      downstreamNodes: row.downstreamNodes,
      exposures: row.exposures,
      tests: row.tests,
      explain,
    },
    uniqueId: row.uniqueId,
    project: row.project,
    materialized: row.materialized,
    manifestGeneratedAt: row.manifestGeneratedAt,
    dbtVersion: row.dbtVersion,
    scale: { nodes: scale._count._all, maxDepth: scale._max.depth ?? 0, maxFanOut: scale._max.fanOut ?? 0 },
    entities: new Map(related.map((r) => [r.uniqueId, r.entity])),
  };
}
