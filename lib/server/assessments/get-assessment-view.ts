// Everything the assessment page shows for one entity and rubric: the questions grouped by
// category with their guidance, the viewer's open draft and its answers (with the finding that
// pre-filled any of them), the latest submission to start from, and what the viewer may do.
import { can, type Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue, EntityKind, Rubric } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";
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
  } | null;
  latest: {
    id: string;
    submittedSeq: number | null;
    submittedAt: Date | null;
    author: string | null;
    values: Record<string, AnswerValue>;
  } | null;
  openFindings: number;
  canDraft: boolean;
  canSubmit: boolean;
}

export async function getAssessmentView(options: {
  kind: EntityKind;
  name: string;
  rubric: Rubric;
  principal: Principal | null;
}): Promise<AssessmentView | null> {
  const entity = await db().entity.findUnique({
    where: { kind_name: { kind: options.kind, name: options.name } },
    select: { id: true, kind: true, name: true, teamId: true, archivedAt: true, team: { select: { name: true } } },
  });
  if (!entity) return null;
  const { principal, rubric } = options;
  const items = await liveItems(db(), rubric, entity.kind);
  const [rows, categories, draft, latest, openFindings] = await Promise.all([
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
    principal?.userId
      ? db().assessment.findFirst({
          where: { entityId: entity.id, rubric, status: "DRAFT", authorId: principal.userId },
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            version: true,
            updatedAt: true,
            basedOnId: true,
            answers: {
              select: {
                itemId: true,
                value: true,
                note: true,
                evidenceUrl: true,
                signal: { select: { id: true, title: true } },
              },
            },
          },
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
      },
    }),
    rubric === "DEBT"
      ? db().signal.count({
          where: { status: "OPEN", categoryId: { not: null }, members: { some: { entityId: entity.id } } },
        })
      : 0,
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = items.flatMap((i) => byId.get(i.id) ?? []);
  const scope = { teamId: entity.teamId };
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
        }
      : null,
    latest: latest
      ? {
          id: latest.id,
          submittedSeq: latest.submittedSeq,
          submittedAt: latest.submittedAt,
          author: latest.author?.name ?? null,
          values: Object.fromEntries(latest.answers.map((a) => [a.itemId, a.value])),
        }
      : null,
    openFindings,
    canDraft: can(principal, "assessment:draft", scope),
    canSubmit: can(principal, "assessment:submit", scope),
  };
}
