// One submitted assessment, read-only: every answer with its item, category, note, evidence and
// the finding that pre-filled it, its frozen sums, and the submission before it (its answers and
// sums) so the page can show what changed. null when the entity has no such submission.
import { db } from "@/lib/server/db/client";
import type { AnswerValue, EntityKind, Rubric } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface SubmittedAnswer {
  itemKey: string;
  itemVersion: number;
  question: string;
  categoryKey: string;
  categoryName: string;
  categoryPosition: number;
  itemPosition: number;
  weight: number;
  remediationDays: number;
  value: AnswerValue;
  note: string;
  evidenceUrl: string | null;
  finding: { id: string; title: string } | null;
}

export interface SubmittedAssessment {
  id: string;
  seq: number;
  submittedAt: Date;
  author: string | null;
  sums: ScoreSums | null;
  answers: SubmittedAnswer[];
}

export interface SubmittedAssessmentView {
  entity: { id: string; kind: EntityKind; name: string; teamId: string | null; teamName: string | null };
  rubric: Rubric;
  assessment: SubmittedAssessment;
  previous: SubmittedAssessment | null;
  /** The newest submission's seq, so the page can say whether this one is current. */
  latestSeq: number;
}

export async function getSubmittedAssessment(options: {
  kind: EntityKind;
  name: string;
  seq: number;
  rubric?: Rubric;
}): Promise<SubmittedAssessmentView | null> {
  const rubric = options.rubric ?? "DEBT";
  const entity = await db().entity.findUnique({
    where: { kind_name: { kind: options.kind, name: options.name } },
    select: { id: true, kind: true, name: true, teamId: true, team: { select: { name: true } } },
  });
  if (!entity) return null;
  const [current, previous, latest] = await Promise.all([
    readOne(entity.id, rubric, options.seq),
    options.seq > 1 ? readOne(entity.id, rubric, options.seq - 1) : null,
    db().assessment.aggregate({
      where: { entityId: entity.id, rubric, status: "SUBMITTED" },
      _max: { submittedSeq: true },
    }),
  ]);
  if (!current) return null;
  return {
    entity: {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      teamId: entity.teamId,
      teamName: entity.team?.name ?? null,
    },
    rubric,
    assessment: current,
    previous,
    latestSeq: latest._max.submittedSeq ?? current.seq,
  };
}

async function readOne(entityId: string, rubric: Rubric, seq: number): Promise<SubmittedAssessment | null> {
  const row = await db().assessment.findUnique({
    where: { entityId_rubric_submittedSeq: { entityId, rubric, submittedSeq: seq } },
    select: {
      id: true,
      status: true,
      submittedSeq: true,
      submittedAt: true,
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
      author: { select: { name: true } },
      answers: {
        select: {
          value: true,
          note: true,
          evidenceUrl: true,
          signal: { select: { id: true, title: true } },
          item: {
            select: {
              key: true,
              version: true,
              question: true,
              weight: true,
              remediationDays: true,
              position: true,
              category: { select: { key: true, name: true, position: true } },
            },
          },
        },
      },
    },
  });
  if (!row || row.status !== "SUBMITTED" || row.submittedSeq === null || row.submittedAt === null) return null;
  const answers = row.answers
    .map((a) => ({
      itemKey: a.item.key,
      itemVersion: a.item.version,
      question: a.item.question,
      categoryKey: a.item.category.key,
      categoryName: a.item.category.name,
      categoryPosition: a.item.category.position,
      itemPosition: a.item.position,
      weight: a.item.weight,
      remediationDays: a.item.remediationDays,
      value: a.value,
      note: a.note,
      evidenceUrl: a.evidenceUrl,
      finding: a.signal,
    }))
    .sort((x, y) => x.categoryPosition - y.categoryPosition || x.itemPosition - y.itemPosition);
  return {
    id: row.id,
    seq: row.submittedSeq,
    submittedAt: row.submittedAt,
    author: row.author?.name ?? null,
    sums: sumsOrNull(row),
    answers,
  };
}
