// Submitting freezes a draft into an immutable snapshot through the one submit path
// (freeze-submission.ts): the draft row is locked and its version checked, answers to items
// retired meanwhile are dropped, then freezeSubmission sequences it (a draft based on anything
// but the latest submission is "superseded"), freezes its sums and records it. The loser of a
// race keeps its draft and answers as they were.
// The author submits their own draft; a member, who may not submit, marks it ready for review
// and a maintainer of the team submits it (mark-draft-ready.ts). Both names are kept: authorId
// and submittedById (and the audit event names both).
import type { Principal } from "@/lib/domain/auth/permissions";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import type { Db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { requireDraftAccess } from "./authorize";
import { formatDateTime } from "./format-when";
import { liveItems } from "./live-items";
import { freezeSubmission, submitTransaction } from "./freeze-submission";

export interface SubmitAssessmentInput {
  principal: Principal | null;
  assessmentId: string;
  /** The draft version the submitter saw: answers saved since then must be seen first. */
  version: number;
  /** Move today's ORG/TEAM score snapshots with the new score (default true). */
  updateSnapshots?: boolean;
}

export interface SubmitAssessmentResult {
  assessmentId: string;
  entityId: string;
  submittedSeq: number;
  submittedAt: Date;
  sums: ScoreSums;
}

export async function submitAssessment(db: Db, input: SubmitAssessmentInput): Promise<SubmitAssessmentResult> {
  const draft = await db.assessment.findUnique({
    where: { id: input.assessmentId },
    select: {
      id: true,
      authorId: true,
      readyForReviewAt: true,
      rubric: true,
      entity: { select: { id: true, kind: true, teamId: true } },
    },
  });
  if (!draft) throw new NotFoundError("That draft");
  const { entity, rubric } = draft;
  const principal = requireDraftAccess(input.principal, { ...draft, teamId: entity.teamId }, "assessment:submit");

  return submitTransaction(db, { entityId: entity.id, rubric }, async (tx) => {
    // Lock the draft row: a concurrent autosave or a double-clicked submit waits here.
    const [row] = await tx.$queryRaw<
      { status: string; version: number; basedOnId: string | null; updatedAt: Date; readyForReviewAt: Date | null }[]
    >`
      SELECT status::text, version, "basedOnId", "updatedAt", "readyForReviewAt" FROM "Assessment" WHERE id = ${draft.id} FOR UPDATE`;
    if (!row) throw new NotFoundError("That draft");
    if (row.status !== "DRAFT") throw new ConflictError("This assessment is already submitted.");
    // Someone else's draft only while it is ready for review (the author may have withdrawn it).
    requireDraftAccess(
      principal,
      { ...draft, readyForReviewAt: row.readyForReviewAt, teamId: entity.teamId },
      "assessment:submit",
    );
    if (row.version !== input.version) {
      throw new ConflictError(
        `Newer answers were saved at ${formatDateTime(row.updatedAt)} (another tab?). Reload, check them, then submit.`,
        principal.name,
        row.updatedAt,
      );
    }
    const basedOn = row.basedOnId
      ? await tx.assessment.findUnique({ where: { id: row.basedOnId }, select: { submittedSeq: true } })
      : null;

    // Answers to items retired while the draft was open no longer count: their new versions
    // are what is asked now (and what a recomputation from raw answers will look at).
    const items = await liveItems(tx, rubric, entity.kind);
    await tx.answer.deleteMany({ where: { assessmentId: draft.id, itemId: { notIn: items.map((i) => i.id) } } });
    const values = new Map(
      (await tx.answer.findMany({ where: { assessmentId: draft.id }, select: { itemId: true, value: true } })).map(
        (a) => [a.itemId, a.value],
      ),
    );
    const frozen = await freezeSubmission(tx, {
      principal,
      entity,
      rubric,
      basedOnSeq: basedOn?.submittedSeq ?? null,
      items,
      values,
      updateSnapshots: input.updateSnapshots,
      audit: { authorId: draft.authorId, submittedById: principal.userId },
      write: async (fields) => {
        await tx.assessment.update({
          where: { id: draft.id },
          data: { status: "SUBMITTED", version: { increment: 1 }, submittedById: principal.userId, ...fields },
        });
        return draft.id;
      },
    });
    return { ...frozen, entityId: entity.id };
  });
}
