// Shared SQL: the hotspot score (docs/scoring.md §10) of a CurrentScore row aliased `s`, kept in
// CurrentScore."hotspotScore" so the hotspot ranking is a range of a partial index. It is the
// debt ratio × impact (EntityImpact.impact; 1 for an entity without a row) while the entity is
// active and its ratio is above 0, else null (not ranked). Two tables feed it, so both writers
// call writeHotspotScores: syncCurrentScores / rebuildCurrentScores after rewriting CurrentScore
// rows, and the findings recompute (refresh-entity-impacts.ts) for the entities whose impact it
// changed, each in its own transaction. The migration that added the column backfilled it with
// the same expression.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/client";

/** The score of row `s`, computed exactly as the ranking did per request (float8 throughout). */
export const HOTSPOT_SCORE_OF_S = Prisma.sql`CASE
    WHEN s."active" AND s."totalWeight" > 0 AND (s."debtWeight" / s."totalWeight") > 0
    THEN ((s."debtWeight" / s."totalWeight")
      * COALESCE((SELECT i."impact" FROM "EntityImpact" i WHERE i."entityId" = s."entityId"), 1))::float8
  END`;

/** Recomputes the hotspot score of the given entities' CurrentScore rows (null: every row). */
export async function writeHotspotScores(tx: Tx, entityIds: readonly string[] | null): Promise<void> {
  if (entityIds?.length === 0) return;
  const only = entityIds ? Prisma.sql`s."entityId" = ANY(${[...entityIds]}::text[]) AND` : Prisma.empty;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "CurrentScore" s SET "hotspotScore" = ${HOTSPOT_SCORE_OF_S}
    WHERE ${only} s."hotspotScore" IS DISTINCT FROM ${HOTSPOT_SCORE_OF_S}`);
}
