// Everything the assessment page shows for one entity and rubric: the questions grouped by
// category with their guidance, the open draft and its answers (with the finding that
// pre-filled any of them) — the viewer's own, or, for someone who may submit, a member's draft
// that is ready for review — the latest submission to start from and compare with, the drafts
// waiting for review, and what the viewer may do.
import { can, type Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue, EntityKind, Rubric } from "@/lib/domain/kinds";
import { EMPTY_SUMS, type ScoreSums } from "@/lib/domain/scoring/score";
import { db } from "@/lib/server/db/client";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { liveItems } from "./live-items";
import { latestSubmittedQuery } from "./latest-submitted";

export interface ViewItem {
  id: string;
  key: string;
  version: number;
  question: string;
  guidance: string;
  weight: number;
  remediationDays: number;
}

export interface ViewCategory {
  id: string;
  key: string;
  name: string;
  paperSection: string;
  description: string;
  items: ViewItem[];
}

export interface ViewAnswer {
  value: AnswerValue;
  note: string;
  evidenceUrl: string | null;
  finding: { id: string; title: string } | null;
}

export interface AssessmentView {
  entity: {
    id: string;
    kind: EntityKind;
    name: string;
    teamId: string | null;
    teamName: string | null;
    archivedAt: Date | null;
  };
  rubric: Rubric;
  categories: ViewCategory[];
  draft: {
    id: string;
    version: number;
    updatedAt: Date;
    basedOnId: string | null;
    answers: Record<string, ViewAnswer>;
    /** The viewer wrote it (else it is a member's draft the viewer reviews). */
    own: boolean;
    author: string | null;
    readyForReviewAt: Date | null;
  } | null;
  /** A `?draft=` that names no draft the viewer may open (gone, submitted, withdrawn). */
  draftUnavailable: boolean;
  latest: {
    id: string;
    submittedSeq: number | null;
    submittedAt: Date | null;
    author: string | null;
    values: Record<string, AnswerValue>;
    /** Frozen at submit: what the score is now. */
    sums: ScoreSums;
  } | null;
  /** Other people's drafts ready for review, for those who may submit them. */
  readyDrafts: ReadyDraft[];
  openFindings: number;
  canDraft: boolean;
  canSubmit: boolean;
}

export interface ReadyDraft {
  id: string;
  author: string | null;
  readyForReviewAt: Date;
  answered: number;
}

const DRAFT_SELECT = {
  id: true,
  version: true,
  updatedAt: true,
  basedOnId: true,
  authorId: true,
  readyForReviewAt: true,
  author: { select: { name: true } },
  answers: {
    select: {
      itemId: true,
      value: true,
      note: true,
      evidenceUrl: true,
      signal: { select: { id: true, title: true } },
    },
  },
} as const;

export async function getAssessmentView(options: {
  kind: EntityKind;
  name: string;
  rubric: Rubric;
  principal: Principal | null;
  /** Open this draft (someone else's, ready for review) instead of the viewer's own. */
  draftId?: string | null;
}): Promise<AssessmentView | null> {
  const entity = await db().entity.findUnique({
    where: { kind_name: { kind: options.kind, name: options.name } },
    select: { id: true, kind: true, name: true, teamId: true, archivedAt: true, team: { select: { name: true } } },
  });
  if (!entity) return null;
  const { principal, rubric } = options;
  const scope = { teamId: entity.teamId };
  const canSubmit = can(principal, "assessment:submit", scope);
  const userId = principal?.userId ?? null;
  const items = await liveItems(db(), rubric, entity.kind);
  const [rows, categories, draft, latest, openFindings, ready] = await Promise.all([
    db().checklistItem.findMany({
      where: { id: { in: items.map((i) => i.id) } },
      select: {
        id: true,
        key: true,
        version: true,
        question: true,
        guidance: true,
        weight: true,
        remediationDays: true,
        categoryId: true,
      },
    }),
    db().debtCategory.findMany({
      where: { rubric },
      orderBy: { position: "asc" },
      select: { id: true, key: true, name: true, paperSection: true, description: true },
    }),
    options.draftId
      ? // Someone's draft by id: the viewer's own, or one ready for review if the viewer may submit.
        db().assessment.findFirst({
          where: {
            id: options.draftId,
            entityId: entity.id,
            rubric,
            status: "DRAFT",
            OR: [
              ...(userId ? [{ authorId: userId }] : []),
              ...(canSubmit ? [{ readyForReviewAt: { not: null } }] : []),
            ],
          },
          select: DRAFT_SELECT,
        })
      : userId
        ? db().assessment.findFirst({
            where: { entityId: entity.id, rubric, status: "DRAFT", authorId: userId },
            orderBy: { createdAt: "desc" },
            select: DRAFT_SELECT,
          })
        : null,
    db().assessment.findFirst({
      ...latestSubmittedQuery(entity.id, rubric),
      select: {
        id: true,
        submittedSeq: true,
        submittedAt: true,
        author: { select: { name: true } },
        answers: { select: { itemId: true, value: true } },
        debtWeight: true,
        totalWeight: true,
        answeredCount: true,
        applicableCount: true,
        principalDays: true,
      },
    }),
    rubric === "DEBT"
      ? db().signal.count({
          where: { status: "OPEN", categoryId: { not: null }, members: { some: { entityId: entity.id } } },
        })
      : 0,
    canSubmit
      ? db().assessment.findMany({
          where: {
            entityId: entity.id,
            rubric,
            status: "DRAFT",
            readyForReviewAt: { not: null },
            ...(userId ? { authorId: { not: userId } } : {}),
          },
          orderBy: { readyForReviewAt: "asc" },
          select: {
            id: true,
            readyForReviewAt: true,
            author: { select: { name: true } },
            _count: { select: { answers: true } },
          },
        })
      : [],
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = items.flatMap((i) => byId.get(i.id) ?? []);
  return {
    entity: {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      teamId: entity.teamId,
      teamName: entity.team?.name ?? null,
      archivedAt: entity.archivedAt,
    },
    rubric,
    categories: categories
      .map((c) => ({
        ...c,
        items: ordered
          .filter((i) => i.categoryId === c.id)
          .map((i) => ({
            id: i.id,
            key: i.key,
            version: i.version,
            question: i.question,
            guidance: i.guidance,
            weight: i.weight,
            remediationDays: i.remediationDays,
          })),
      }))
      .filter((c) => c.items.length > 0),
    draft: draft
      ? {
          id: draft.id,
          version: draft.version,
          updatedAt: draft.updatedAt,
          basedOnId: draft.basedOnId,
          answers: Object.fromEntries(
            draft.answers.map((a) => [
              a.itemId,
              { value: a.value, note: a.note, evidenceUrl: a.evidenceUrl, finding: a.signal },
            ]),
          ),
          own: draft.authorId !== null && draft.authorId === userId,
          author: draft.author?.name ?? null,
          readyForReviewAt: draft.readyForReviewAt,
        }
      : null,
    draftUnavailable: Boolean(options.draftId) && !draft,
    latest: latest
      ? {
          id: latest.id,
          submittedSeq: latest.submittedSeq,
          submittedAt: latest.submittedAt,
          author: latest.author?.name ?? null,
          values: Object.fromEntries(latest.answers.map((a) => [a.itemId, a.value])),
          sums: sumsOrNull(latest) ?? EMPTY_SUMS,
        }
      : null,
    readyDrafts: ready.flatMap((d) =>
      d.readyForReviewAt
        ? [
            {
              id: d.id,
              author: d.author?.name ?? null,
              readyForReviewAt: d.readyForReviewAt,
              answered: d._count.answers,
            },
          ]
        : [],
    ),
    openFindings,
    canDraft: can(principal, "assessment:draft", scope),
    canSubmit,
  };
}
