-- The hotspot score kept on CurrentScore (lib/server/scoring/hotspot-score.sql.ts), so the
-- ranking is an index range instead of a join and sort over every current score.

-- AlterTable
ALTER TABLE "CurrentScore" ADD COLUMN     "hotspotScore" DOUBLE PRECISION;

-- Backfill: debt ratio × impact (1 without an EntityImpact row) for active entities whose ratio is
-- above 0, the expression the ranking computed per request until now.
UPDATE "CurrentScore" s SET "hotspotScore" = CASE
    WHEN s."active" AND s."totalWeight" > 0 AND (s."debtWeight" / s."totalWeight") > 0
    THEN ((s."debtWeight" / s."totalWeight")
      * COALESCE((SELECT i."impact" FROM "EntityImpact" i WHERE i."entityId" = s."entityId"), 1))::float8
  END;

-- CreateIndex
CREATE INDEX "CurrentScore_hotspotScore_principalDays_idx" ON "CurrentScore"("hotspotScore" DESC, "principalDays" DESC);

-- CreateIndex
CREATE INDEX "CurrentScore_teamId_hotspotScore_principalDays_idx" ON "CurrentScore"("teamId", "hotspotScore" DESC, "principalDays" DESC);
