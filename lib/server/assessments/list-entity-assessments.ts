// An entity's assessment history for one rubric, newest first: submitted snapshots and any open
// draft (marked when its author handed it to the maintainers for review).
import "server-only";
import { db } from "@/lib/server/db/client";
import type { AssessmentStatus, Rubric } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

/** The most rows one read lists: the API's largest page and the entity page's whole history. */
export const ENTITY_ASSESSMENTS_MAX = 500;

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
  /** Who submitted it, when not its author (a member's draft submitted by a maintainer). */
  submittedBy: string | null;
  /** A draft its author marked ready for review. */
  readyForReviewAt: Date | null;
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
      authorId: true,
      submittedById: true,
      readyForReviewAt: true,
      author: { select: { name: true } },
      submittedBy: { select: { name: true } },
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
    submittedBy: r.submittedById && r.submittedById !== r.authorId ? (r.submittedBy?.name ?? null) : null,
    readyForReviewAt: r.status === "DRAFT" ? r.readyForReviewAt : null,
    sums: r.status === "SUBMITTED" ? sumsOrNull(r) : null,
  }));
}
