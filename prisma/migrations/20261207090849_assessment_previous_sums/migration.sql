-- Each submitted assessment carries the moment and sums of the assessment it superseded (the
-- entity's previous submitted assessment of the rubric by submittedSeq; null: it was the first).
-- Submits write them from now on; existing rows are filled here with the statement that
-- lib/server/scoring/previous-sums.sql.ts (BACKFILL_PREVIOUS_SUMS) runs after bulk writes.

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "prevAnsweredCount" INTEGER,
ADD COLUMN     "prevApplicableCount" INTEGER,
ADD COLUMN     "prevDebtWeight" DOUBLE PRECISION,
ADD COLUMN     "prevPrincipalDays" DOUBLE PRECISION,
ADD COLUMN     "prevSubmittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "prevTotalWeight" DOUBLE PRECISION;

-- Backfill
UPDATE "Assessment" a SET
  "prevSubmittedAt" = p."prevSubmittedAt",
  "prevDebtWeight" = p."prevDebtWeight",
  "prevTotalWeight" = p."prevTotalWeight",
  "prevAnsweredCount" = p."prevAnsweredCount",
  "prevApplicableCount" = p."prevApplicableCount",
  "prevPrincipalDays" = p."prevPrincipalDays"
FROM (
  SELECT "id",
    LAG("submittedAt") OVER w AS "prevSubmittedAt",
    LAG("debtWeight") OVER w AS "prevDebtWeight",
    LAG("totalWeight") OVER w AS "prevTotalWeight",
    LAG("answeredCount") OVER w AS "prevAnsweredCount",
    LAG("applicableCount") OVER w AS "prevApplicableCount",
    LAG("principalDays") OVER w AS "prevPrincipalDays"
  FROM "Assessment"
  WHERE "status" = 'SUBMITTED'
  WINDOW w AS (PARTITION BY "entityId", "rubric" ORDER BY "submittedSeq" ASC NULLS FIRST, "submittedAt" ASC)
) p
WHERE a."id" = p."id"
  AND (a."prevSubmittedAt", a."prevDebtWeight", a."prevTotalWeight", a."prevAnsweredCount",
    a."prevApplicableCount", a."prevPrincipalDays")
    IS DISTINCT FROM (p."prevSubmittedAt", p."prevDebtWeight", p."prevTotalWeight", p."prevAnsweredCount",
    p."prevApplicableCount", p."prevPrincipalDays");

-- CreateIndex
CREATE INDEX "Assessment_since_sums_idx" ON "Assessment"("rubric", "status", "submittedAt", "entityId", "prevSubmittedAt", "prevDebtWeight", "prevTotalWeight", "prevAnsweredCount", "prevApplicableCount", "prevPrincipalDays", "debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays");
