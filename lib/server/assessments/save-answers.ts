// Autosave of a draft. The caller names the draft version it last saw; the save bumps it in a
// single conditional UPDATE, so a stale save (another tab, a retried request) changes nothing
// and is told who saved last and when. Only the draft's author may save it, and (once the author
// marked it ready for review) the team's maintainers, who review it before submitting it.
import type { Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue } from "@/lib/domain/kinds";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db } from "@/lib/server/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { requireDraftAccess } from "./authorize";
import { formatDateTime } from "./format-when";
import { liveItems } from "./live-items";

export interface AnswerChange {
  itemId: string;
  /** null clears the answer. */
  value: AnswerValue | null;
  note?: string;
  evidenceUrl?: string | null;
}

export interface SaveAnswersInput {
  principal: Principal | null;
  assessmentId: string;
  version: number;
  changes: readonly AnswerChange[];
}

export interface SaveAnswersResult {
  version: number;
  savedAt: Date;
}

export async function saveAnswers(db: Db, input: SaveAnswersInput): Promise<SaveAnswersResult> {
  const draft = await db.assessment.findUnique({
    where: { id: input.assessmentId },
    select: {
      id: true,
      status: true,
      authorId: true,
      readyForReviewAt: true,
      rubric: true,
      entity: { select: { id: true, kind: true, teamId: true } },
    },
  });
  if (!draft) throw new NotFoundError("That draft");
  const principal = requireDraftAccess(input.principal, { ...draft, teamId: draft.entity.teamId }, "assessment:draft");
  if (draft.status !== "DRAFT")
    throw new ConflictError("This assessment is already submitted; submitted assessments never change.");

  return db.$transaction(async (tx) => {
    const bumped = await tx.assessment.updateMany({
      where: { id: draft.id, status: "DRAFT", version: input.version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) {
      const now = await tx.assessment.findUnique({
        where: { id: draft.id },
        select: {
          status: true,
          updatedAt: true,
          readyForReviewAt: true,
          author: { select: { name: true } },
          submittedBy: { select: { name: true } },
        },
      });
      const when = now ? formatDateTime(now.updatedAt) : "a later moment";
      if (now?.status === "SUBMITTED")
        throw new ConflictError(
          now.submittedBy?.name && draft.authorId !== principal.userId
            ? `${now.submittedBy.name} submitted this draft at ${when}.`
            : "This draft was submitted meanwhile, perhaps from another tab.",
          now.submittedBy?.name ?? null,
          now.updatedAt,
        );
      // A draft ready for review is shared by its author and the team's maintainers.
      const shared = Boolean(now?.readyForReviewAt ?? draft.readyForReviewAt);
      throw new ConflictError(
        shared
          ? `This draft was changed elsewhere at ${when} (while it is ready for review its author and the team's maintainers can change it). ` +
              "Reload to see the newer answers; nothing here was saved."
          : `These answers were saved from another tab or window at ${when}. ` +
              "Reload to see the newer answers; nothing here was saved.",
        now?.author?.name ?? null,
        now?.updatedAt ?? null,
      );
    }

    const asked = new Set((await liveItems(tx, draft.rubric, draft.entity.kind)).map((i) => i.id));
    const unknown = input.changes.filter((c) => !asked.has(c.itemId));
    if (unknown.length > 0)
      throw new InvalidInputError("Some questions are no longer asked (the checklist changed); reload the page.");

    const existing = new Map(
      (
        await tx.answer.findMany({
          where: { assessmentId: draft.id, itemId: { in: input.changes.map((c) => c.itemId) } },
          select: { itemId: true, value: true, signalId: true },
        })
      ).map((a) => [a.itemId, a]),
    );
    const cleared = input.changes.filter((c) => c.value === null).map((c) => c.itemId);
    if (cleared.length > 0) await tx.answer.deleteMany({ where: { assessmentId: draft.id, itemId: { in: cleared } } });
    for (const change of input.changes) {
      if (change.value === null) continue;
      const before = existing.get(change.itemId);
      // The finding stays cited only while the answer still agrees with it.
      const signalId = change.value === "FAIL" ? (before?.signalId ?? null) : null;
      const data = { value: change.value, note: change.note ?? "", evidenceUrl: change.evidenceUrl || null, signalId };
      await tx.answer.upsert({
        where: { assessmentId_itemId: { assessmentId: draft.id, itemId: change.itemId } },
        create: { assessmentId: draft.id, itemId: change.itemId, ...data },
        update: data,
      });
    }
    const saved = await tx.assessment.findUniqueOrThrow({
      where: { id: draft.id },
      select: { version: true, updatedAt: true },
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "assessment.draft.save",
      targetType: "Assessment",
      targetId: draft.id,
      teamId: draft.entity.teamId,
      after: { version: saved.version, changed: input.changes.length, cleared: cleared.length },
    });
    return { version: saved.version, savedAt: saved.updatedAt };
  });
}
