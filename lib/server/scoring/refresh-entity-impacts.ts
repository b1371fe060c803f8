// Rewrites EntityImpact (each active entity's blast radius, consumers and impact) from a loaded
// catalogue graph. Runs inside the findings recompute, which already holds the graph, so the
// hotspot ranking is an index range instead of a graph walk per request. Only changed rows are
// written; rows of entities that left the graph are deleted. The hotspot scores kept on
// CurrentScore (hotspot-score.sql.ts) of exactly those entities are recomputed in the same
// transaction.
import type { Tx } from "@/lib/server/db/client";
import type { GraphEntity, GraphRelation, UsageAggregate } from "@/lib/domain/graph";
import { computeEntityImpacts } from "@/lib/domain/scoring/hotspot";
import { writeHotspotScores } from "./hotspot-score.sql";
import { bumpScoresVersion } from "./scores-version";

export interface RefreshEntityImpactsResult {
  entities: number;
  ms: number;
}

export async function refreshEntityImpacts(
  tx: Tx,
  catalogue: { entities: readonly GraphEntity[]; relations: readonly GraphRelation[] },
  usage: readonly UsageAggregate[],
  now: Date,
  observedWindowDays?: number,
): Promise<RefreshEntityImpactsResult> {
  const t0 = performance.now();
  // Observed links whose usage aged out are not lineage: they count in no blast radius.
  const rows = computeEntityImpacts(catalogue.entities, catalogue.relations, usage, { now, observedWindowDays });
  const ids = rows.map((r) => r.entityId);
  const deleted = await tx.$queryRaw<{ entityId: string }[]>`
    DELETE FROM "EntityImpact" WHERE NOT ("entityId" = ANY(${ids}::text[])) RETURNING "entityId"`;
  const written = await tx.$queryRaw<{ entityId: string }[]>`
    INSERT INTO "EntityImpact" ("entityId", "downstreamCount", "consumerCount", "impact", "computedAt")
    SELECT u.id, u.d, u.c, u.i, ${now}
    FROM unnest(${ids}::text[], ${rows.map((r) => r.downstream)}::int[], ${rows.map((r) => r.consumers)}::int[], ${rows.map((r) => r.impact)}::float8[]) AS u(id, d, c, i)
    ON CONFLICT ("entityId") DO UPDATE SET
      "downstreamCount" = EXCLUDED."downstreamCount", "consumerCount" = EXCLUDED."consumerCount",
      "impact" = EXCLUDED."impact", "computedAt" = EXCLUDED."computedAt"
    WHERE "EntityImpact"."downstreamCount" <> EXCLUDED."downstreamCount"
      OR "EntityImpact"."consumerCount" <> EXCLUDED."consumerCount"
    RETURNING "entityId"`;
  // The hotspot scores kept on CurrentScore of every entity whose impact appeared, moved or went.
  await writeHotspotScores(
    tx,
    [...deleted, ...written].map((r) => r.entityId),
  );
  // Hotspot scores live on CurrentScore: caches keyed by its version must see them.
  await bumpScoresVersion(tx);
  return { entities: rows.length, ms: Math.round(performance.now() - t0) };
}
