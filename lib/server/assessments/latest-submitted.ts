// The one reader of an entity's latest submitted assessment of a rubric: the highest submittedSeq
// (seqs are unique per entity and rubric, so there is exactly one). Submit sequencing
// (freeze-submission.ts), drafts (start, rebase), the superseded answer and the checklist view
// all read it through here. Dashboards pool the same row per entity in SQL
// (lib/server/scoring/latest-debt-assessment.sql.ts).
import type { Rubric } from "@/lib/domain/kinds";
import type { Db, Tx } from "@/lib/server/db/client";

/** The Prisma where/orderBy that picks it, for a read that needs other columns (the checklist view's answers). */
export function latestSubmittedQuery(entityId: string, rubric: Rubric) {
  return {
    where: { entityId, rubric, status: "SUBMITTED" as const },
    orderBy: { submittedSeq: "desc" as const },
  };
}

export async function latestSubmitted(db: Db | Tx, entityId: string, rubric: Rubric) {
  return db.assessment.findFirst({
    ...latestSubmittedQuery(entityId, rubric),
    select: {
      id: true,
      submittedSeq: true,
      submittedAt: true,
      author: { select: { name: true } },
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
    },
  });
}

export type LatestSubmitted = NonNullable<Awaited<ReturnType<typeof latestSubmitted>>>;
