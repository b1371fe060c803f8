// Submitting freezes a draft into an immutable snapshot: the five sums are computed once from
// its answers (unanswered live items count as applicable, docs/scoring.md §2) and stored on the
// row, and submittedSeq = predecessor's + 1. A draft based on anything but the latest
// submission is refused (resolveSubmit); two drafts based on the same latest race for the same
// seq, and the unique index (entityId, rubric, submittedSeq) lets exactly one commit. The loser
// gets the same "superseded" answer, and its draft and answers are left as they were.
// The author submits their own draft; a member, who may not submit, marks it ready for review
// and a maintainer of the team submits it (mark-draft-ready.ts). Both names are kept: authorId
// and submittedById.
import type { Principal } from "@/lib/domain/auth/permissions";
import { sumAnswers, type ScoreSums } from "@/lib/domain/scoring/score";
import { resolveSubmit } from "@/lib/domain/scoring/submit-sequence";
import type { Db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { requireDraftAccess } from "./authorize";
import { formatDateTime } from "./format-when";
import { liveItems } from "./live-items";
import { isUniqueViolation, latestWithSums, recordSubmission } from "./record-submission";
import { supersededBy } from "./superseded";

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

  try {
    return await db.$transaction(
      async (tx) => {
        // Lock the draft row: a concurrent autosave or a double-clicked submit waits here.
        const [row] = await tx.$queryRaw<
          {
            status: string;
            version: number;
            basedOnId: string | null;
            updatedAt: Date;
            readyForReviewAt: Date | null;
          }[]
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

        const latest = await latestWithSums(tx, entity.id, rubric);
        const basedOn = row.basedOnId
          ? await tx.assessment.findUnique({ where: { id: row.basedOnId }, select: { submittedSeq: true } })
          : null;
        const decision = resolveSubmit(latest?.submittedSeq ?? null, basedOn?.submittedSeq ?? null);
        if (decision.outcome === "superseded") throw await supersededBy(tx, entity.id, rubric);

        // Answers to items retired while the draft was open no longer count: their new versions
        // are what is asked now (and what a recomputation from raw answers will look at).
        const items = await liveItems(tx, rubric, entity.kind);
        await tx.answer.deleteMany({ where: { assessmentId: draft.id, itemId: { notIn: items.map((i) => i.id) } } });
        const answers = new Map(
          (await tx.answer.findMany({ where: { assessmentId: draft.id }, select: { itemId: true, value: true } })).map(
            (a) => [a.itemId, a.value],
          ),
        );
        const sums = sumAnswers(
          items.map((i) => ({
            weight: i.weight,
            remediationDays: i.remediationDays,
            value: answers.get(i.id) ?? null,
          })),
        );
        const submittedAt = new Date();
        await tx.assessment.update({
          where: { id: draft.id },
          data: {
            status: "SUBMITTED",
            submittedSeq: decision.seq,
            submittedAt,
            submittedById: principal.userId,
            version: { increment: 1 },
            ...sums,
          },
        });
        await recordSubmission(tx, {
          principal,
          entity,
          rubric,
          assessmentId: draft.id,
          latest,
          seq: decision.seq,
          sums,
          submittedAt,
          updateSnapshots: input.updateSnapshots,
          audit: { authorId: draft.authorId, submittedById: principal.userId },
        });
        return { assessmentId: draft.id, entityId: entity.id, submittedSeq: decision.seq, submittedAt, sums };
        // Long enough for the once-a-day fallback to a full recompute of today's snapshots.
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    // The race lost at commit: the transaction rolled back, so the draft is still a draft.
    if (isUniqueViolation(error)) throw await supersededBy(db, entity.id, rubric);
    throw error;
  }
}
