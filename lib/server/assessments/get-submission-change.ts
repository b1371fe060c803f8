// One submission and the one it superseded, for the "submitted" message after a submit: the
// sums frozen on both rows (debt) or their answers (ML Test Score, scored from answers), who
// wrote it and who submitted it.
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import { EMPTY_SUMS, type ScoreSums } from "@/lib/domain/scoring/score";
import { db } from "@/lib/server/db/client";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface SubmissionSide {
  seq: number;
  sums: ScoreSums;
  /** Answers with their category key (the ML Test Score's section). */
  answers: { section: string; value: AnswerValue }[];
}

export interface SubmissionChange {
  after: SubmissionSide & { submittedAt: Date; author: string | null; submittedBy: string | null };
  before: SubmissionSide | null;
}

const SELECT = {
  submittedSeq: true,
  submittedAt: true,
  authorId: true,
  submittedById: true,
  author: { select: { name: true } },
  submittedBy: { select: { name: true } },
  debtWeight: true,
  totalWeight: true,
  answeredCount: true,
  applicableCount: true,
  principalDays: true,
  answers: { select: { value: true, item: { select: { category: { select: { key: true } } } } } },
} as const;

export async function getSubmissionChange(options: {
  entityId: string;
  rubric: Rubric;
  seq: number;
}): Promise<SubmissionChange | null> {
  const { entityId, rubric, seq } = options;
  const rows = await db().assessment.findMany({
    where: { entityId, rubric, status: "SUBMITTED", submittedSeq: { in: [seq - 1, seq] } },
    select: SELECT,
  });
  const side = (r: (typeof rows)[number]): SubmissionSide => ({
    seq: r.submittedSeq ?? 0,
    sums: sumsOrNull(r) ?? EMPTY_SUMS,
    answers: r.answers.map((a) => ({ section: a.item.category.key, value: a.value })),
  });
  const after = rows.find((r) => r.submittedSeq === seq);
  if (!after?.submittedAt) return null;
  const before = rows.find((r) => r.submittedSeq === seq - 1);
  return {
    after: {
      ...side(after),
      submittedAt: after.submittedAt,
      author: after.author?.name ?? null,
      submittedBy:
        after.submittedById && after.submittedById !== after.authorId ? (after.submittedBy?.name ?? null) : null,
    },
    before: before ? side(before) : null,
  };
}
