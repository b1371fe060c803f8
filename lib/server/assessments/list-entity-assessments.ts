// An entity's assessment history for one rubric, newest first: submitted snapshots and any open
// draft.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { AssessmentStatus, Rubric } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";

export interface ListEntityAssessmentsOptions {
  entityId: string;
  /** Default DEBT; ML_TEST_SCORE is scored on its own scale. */
  rubric?: Rubric;
  limit?: number;
}

export interface EntityAssessmentRow {
  id: string;
  rubric: Rubric;
  status: AssessmentStatus;
  submittedSeq: number | null;
  createdAt: Date;
  submittedAt: Date | null;
  author: string | null;
  /** Frozen at submit; null for drafts. */
  sums: ScoreSums | null;
}

export async function listEntityAssessments(options: ListEntityAssessmentsOptions): Promise<EntityAssessmentRow[]> {
  const rows = await db().assessment.findMany({
    where: { entityId: options.entityId, rubric: options.rubric ?? "DEBT" },
    // Drafts (no submittedAt) first: they are the work in progress.
    orderBy: [{ submittedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: options.limit ?? 20,
    select: {
      id: true,
      rubric: true,
      status: true,
      submittedSeq: true,
      createdAt: true,
      submittedAt: true,
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
      author: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    rubric: r.rubric,
    status: r.status,
    submittedSeq: r.submittedSeq,
    createdAt: r.createdAt,
    submittedAt: r.submittedAt,
    author: r.author?.name ?? null,
    sums:
      r.status === "SUBMITTED" && r.totalWeight !== null
        ? {
            debtWeight: r.debtWeight ?? 0,
            totalWeight: r.totalWeight,
            answeredCount: r.answeredCount ?? 0,
            applicableCount: r.applicableCount ?? 0,
            principalDays: r.principalDays ?? 0,
          }
        : null,
  }));
}
