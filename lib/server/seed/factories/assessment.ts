// A submitted assessment for tests, frozen exactly the way a submit freezes one: sums over every
// live item of the rubric that applies to the entity's kind, unanswered items included, and the
// predecessor's moment and sums (prev*).
import { sumAnswers } from "@/lib/domain/scoring/score";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import type { Db } from "@/lib/server/db/client";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { previousSumsOf } from "@/lib/server/scoring/previous-sums.sql";
import { latestSubmitted } from "@/lib/server/assessments/latest-submitted";

export interface CreateSubmittedAssessmentInput {
  entityId: string;
  rubric?: Rubric;
  /** Keyed by item id; items left out stay unanswered. */
  answers: Readonly<Record<string, AnswerValue>>;
  submittedAt?: Date;
  authorId?: string | null;
}

export async function createSubmittedAssessment(db: Db, input: CreateSubmittedAssessmentInput) {
  const rubric = input.rubric ?? "DEBT";
  const submittedAt = input.submittedAt ?? new Date();
  return db.$transaction(async (tx) => {
    const entity = await tx.entity.findUniqueOrThrow({ where: { id: input.entityId }, select: { kind: true } });
    const items = await tx.checklistItem.findMany({
      where: {
        appliesTo: { has: entity.kind },
        category: { rubric },
        createdAt: { lte: submittedAt },
        OR: [{ retiredAt: null }, { retiredAt: { gt: submittedAt } }],
      },
      select: { id: true, weight: true, remediationDays: true },
    });
    const sums = sumAnswers(
      items.map((i) => ({ weight: i.weight, remediationDays: i.remediationDays, value: input.answers[i.id] ?? null })),
    );
    const previous = await latestSubmitted(tx, input.entityId, rubric);
    const created = await tx.assessment.create({
      data: {
        entityId: input.entityId,
        rubric,
        status: "SUBMITTED",
        authorId: input.authorId ?? null,
        basedOnId: previous?.id ?? null,
        submittedSeq: (previous?.submittedSeq ?? 0) + 1,
        submittedAt,
        createdAt: submittedAt,
        ...sums,
        ...previousSumsOf(previous),
        answers: { create: Object.entries(input.answers).map(([itemId, value]) => ({ itemId, value })) },
      },
    });
    if (rubric === "DEBT") await syncCurrentScores(tx, [input.entityId]);
    return created;
  });
}
