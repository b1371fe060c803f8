// The version of the current-state tables (CurrentScore, CurrentCategoryScore, PooledScore): the
// transaction id of the last change, kept in the one CurrentScoresVersion row. Every
// syncCurrentScores / rebuildCurrentScores, and the findings recompute's hotspot-score refresh
// (refresh-entity-impacts.ts), stamps it in the transaction that changes the tables, under their
// advisory lock. Readers key in-process caches by it
// (lib/server/dashboards/cached-by-scores-version.ts).
import type { Tx } from "@/lib/server/db/client";

/** Stamps the version; call inside the transaction that changed the current-state tables. */
export async function bumpScoresVersion(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "CurrentScoresVersion" ("id", "version") VALUES (1, txid_current())
    ON CONFLICT ("id") DO UPDATE SET "version" = EXCLUDED."version"`;
}
