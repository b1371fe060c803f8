// Shared SQL: the hotspot score (docs/scoring.md §10) of a CurrentScore row aliased `s`, kept in
// CurrentScore."hotspotScore" so the hotspot ranking is a range of an index. It is the
// debt ratio × impact (EntityImpact.impact; 1 for an entity without a row) while the entity is
// active and its ratio is above 0, else null (not ranked). Two tables feed it, so both writers
// call writeHotspotScores: syncCurrentScores / rebuildCurrentScores after rewriting CurrentScore
// rows, and the findings recompute (refresh-entity-impacts.ts) for the entities whose impact it
// changed, each in its own transaction. The migration that added the column backfilled it with
// the same expression.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";

/** The score of row `s`, computed exactly as the ranking did per request (float8 throughout). */
export const HOTSPOT_SCORE_OF_S = Prisma.sql`CASE
    WHEN s."active" AND s."totalWeight" > 0 AND (s."debtWeight" / s."totalWeight") > 0
    THEN ((s."debtWeight" / s."totalWeight")
      * COALESCE((SELECT i."impact" FROM "EntityImpact" i WHERE i."entityId" = s."entityId"), 1))::float8
  END`;

/**
 * Recomputes the hotspot score of the given entities' CurrentScore rows (null: every row), under
 * the current-score writers' lock: a sync rewrites a row from the impacts it saw, so a recompute
 * that changed them must not update the row until that sync has committed (its UPDATE would
 * find the replaced row gone and skip it), and a sync that starts later sees the new impacts.
 */
export async function writeHotspotScores(tx: Tx, entityIds: readonly string[] | null): Promise<void> {
  if (entityIds?.length === 0) return;
  await lockForTransaction(tx, "currentScores");
  const only = entityIds ? Prisma.sql`s."entityId" = ANY(${[...entityIds]}::text[]) AND` : Prisma.empty;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "CurrentScore" s SET "hotspotScore" = ${HOTSPOT_SCORE_OF_S}
    WHERE ${only} s."hotspotScore" IS DISTINCT FROM ${HOTSPOT_SCORE_OF_S}`);
}
