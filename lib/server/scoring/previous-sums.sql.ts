// Each submitted assessment carries the moment and sums of the one it superseded: the entity's
// previous submitted assessment of the same rubric in submittedSeq order (prevSubmittedAt null:
// it was the first). The submit writes them with the row (freeze-submission.ts: the predecessor
// is the latest submitted assessment it builds on); rows written in bulk (the seeds) get them from
// backfillPreviousSums, the same LAG over the history that the migration adding the columns ran
// (prisma/migrations/20261207090849_assessment_previous_sums). Ordered like every "latest"
// reader (submittedSeq DESC NULLS LAST, submittedAt DESC) read backwards, so "the row before"
// here is "the next latest" there.
//
// Why: the entity's assessment as of a past moment T is the predecessor of the first row of its
// tail submitted after T, so the 30/90-day change (lib/server/trends/get-score-change.ts) reads
// one index range of recent rows instead of looking up each re-assessed entity's history.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db/client";

/** The predecessor's columns, as a submit writes them on the new row (null: there was none). */
export interface PreviousSums {
  prevSubmittedAt: Date | null;
  prevDebtWeight: number | null;
  prevTotalWeight: number | null;
  prevAnsweredCount: number | null;
  prevApplicableCount: number | null;
  prevPrincipalDays: number | null;
}

/** What a row superseding `predecessor` (the entity's latest submitted assessment, or null) stores. */
export function previousSumsOf(
  predecessor: {
    submittedAt: Date | null;
    debtWeight: number | null;
    totalWeight: number | null;
    answeredCount: number | null;
    applicableCount: number | null;
    principalDays: number | null;
  } | null,
): PreviousSums {
  return {
    prevSubmittedAt: predecessor?.submittedAt ?? null,
    prevDebtWeight: predecessor?.debtWeight ?? null,
    prevTotalWeight: predecessor?.totalWeight ?? null,
    prevAnsweredCount: predecessor?.answeredCount ?? null,
    prevApplicableCount: predecessor?.applicableCount ?? null,
    prevPrincipalDays: predecessor?.principalDays ?? null,
  };
}

/**
 * Sets every submitted row's prev* from its predecessor; rows already right are left alone.
 * Drafts are not touched (a draft gets its prev* when it is submitted).
 */
export const BACKFILL_PREVIOUS_SUMS = Prisma.sql`
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
      p."prevApplicableCount", p."prevPrincipalDays")`;

/** After writing assessment history in bulk (seeds): the prev* columns a submit would have written. Returns rows changed. */
export async function backfillPreviousSums(tx: Db | Tx): Promise<number> {
  return tx.$executeRaw(BACKFILL_PREVIOUS_SUMS);
}
