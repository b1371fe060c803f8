// Opens (or reopens) the principal's draft assessment of an entity. A draft always records the
// latest submitted assessment as its predecessor (basedOnId), so submit can tell whether
// someone else submitted in between. Optionally it copies that predecessor's answers ("start
// from the last assessment"), and it pre-answers FAIL every item whose category has an OPEN
// finding involving the entity, citing the finding (Answer.signalId). Accepted findings are
// the team's decision to live with the debt, so they pre-fill nothing. Last, a connector's
// evidence (ItemEvidence, e.g. an MLflow training run naming both commits) answers the items
// still unanswered, with its note and link: it never replaces a copied answer or a finding's.
import "server-only";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db } from "@/lib/server/db/client";
import { NotFoundError, InvalidInputError } from "@/lib/server/errors";
import { liveItems } from "./live-items";
import { latestSubmitted } from "./latest-submitted";

export interface StartDraftInput {
  /** Already authorised for "assessment:draft" on the entity's team (defineAction / runAuthorized). */
  principal: Principal;
  entityId: string;
  rubric?: Rubric;
  /** Copy the latest submitted assessment's answers to items still asked. */
  fromLast?: boolean;
}

export interface StartDraftResult {
  assessmentId: string;
  /** False when the principal's existing draft was reopened. */
  created: boolean;
  copied: number;
  prefilled: number;
}

interface DraftAnswer {
  itemId: string;
  value: AnswerValue;
  note: string;
  evidenceUrl: string | null;
  signalId: string | null;
}

export async function startDraft(db: Db, input: StartDraftInput): Promise<StartDraftResult> {
  const rubric = input.rubric ?? "DEBT";
  const entity = await db.entity.findUnique({
    where: { id: input.entityId },
    select: { id: true, kind: true, teamId: true, archivedAt: true },
  });
  if (!entity) throw new NotFoundError("That entity");
  const { principal } = input;
  if (!principal.userId) throw new InvalidInputError("Drafts belong to a person; a team token cannot keep one.");
  if (entity.archivedAt) throw new InvalidInputError("This entity is archived; it can no longer be assessed.");
  if (rubric === "ML_TEST_SCORE" && entity.kind !== "MODEL")
    throw new InvalidInputError("The ML Test Score applies to models only.");
  const authorId = principal.userId;

  return db.$transaction(async (tx) => {
    const existing = await tx.assessment.findFirst({
      where: { entityId: entity.id, rubric, status: "DRAFT", authorId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (existing) return { assessmentId: existing.id, created: false, copied: 0, prefilled: 0 };

    const items = await liveItems(tx, rubric, entity.kind);
    const asked = new Set(items.map((i) => i.id));
    const latest = await latestSubmitted(tx, entity.id, rubric);
    const answers = new Map<string, DraftAnswer>();

    if (input.fromLast && latest) {
      const previous = await tx.answer.findMany({
        where: { assessmentId: latest.id },
        select: { itemId: true, value: true, note: true, evidenceUrl: true },
      });
      // Only items still asked as the same version: an edited item asks something new.
      for (const a of previous) if (asked.has(a.itemId)) answers.set(a.itemId, { ...a, signalId: null });
    }
    const copied = answers.size;

    let prefilled = 0;
    if (rubric === "DEBT") {
      const signals = await tx.signal.findMany({
        where: { status: "OPEN", categoryId: { not: null }, members: { some: { entityId: entity.id } } },
        select: { id: true, categoryId: true, title: true },
        orderBy: { firstSeenAt: "asc" },
      });
      for (const signal of signals) {
        for (const item of items) {
          if (item.categoryId !== signal.categoryId) continue;
          // A finding outranks a copied answer: the graph shows the debt is there now.
          const before = answers.get(item.id);
          if (before?.signalId) continue;
          answers.set(item.id, {
            itemId: item.id,
            value: "FAIL",
            note: before?.note ?? "",
            evidenceUrl: before?.evidenceUrl ?? null,
            signalId: signal.id,
          });
          prefilled += 1;
        }
      }
    }

    const evidence = await tx.itemEvidence.findMany({
      where: { entityId: entity.id, itemKey: { in: items.map((i) => i.key) } },
      select: { itemKey: true, value: true, note: true, evidenceUrl: true },
      orderBy: [{ connector: "asc" }, { itemKey: "asc" }],
    });
    const itemOfKey = new Map(items.map((i) => [i.key, i.id]));
    for (const e of evidence) {
      const itemId = itemOfKey.get(e.itemKey);
      if (!itemId || answers.has(itemId)) continue;
      answers.set(itemId, { itemId, value: e.value, note: e.note, evidenceUrl: e.evidenceUrl, signalId: null });
      prefilled += 1;
    }

    const draft = await tx.assessment.create({
      data: {
        entityId: entity.id,
        rubric,
        status: "DRAFT",
        authorId,
        basedOnId: latest?.id ?? null,
        answers: { create: [...answers.values()] },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "assessment.start",
      targetType: "Assessment",
      targetId: draft.id,
      teamId: entity.teamId,
      after: { entityId: entity.id, rubric, basedOnId: latest?.id ?? null, copied, prefilled },
    });
    return { assessmentId: draft.id, created: true, copied, prefilled };
  });
}
