// The hand-off of a draft to the team's maintainers. A member may keep drafts but not submit
// them (submitting changes the team's score), so the author marks the draft ready for review;
// from then on the team's maintainers can open it, change answers and submit it, with the
// author and the submitter both recorded (submit-assessment.ts). The author may keep editing,
// and may withdraw it. Like a save it names the version the author saw and bumps it, so a
// maintainer's page opened before a withdrawal can no longer save or submit.
import type { Principal } from "@/lib/domain/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db } from "@/lib/server/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { requireCan } from "./authorize";
import { formatDateTime } from "./format-when";

export interface MarkDraftReadyInput {
  principal: Principal | null;
  assessmentId: string;
  version: number;
  /** true: hand it to the maintainers; false: withdraw it. */
  ready: boolean;
}

export interface MarkDraftReadyResult {
  version: number;
  readyForReviewAt: Date | null;
}

export async function markDraftReady(db: Db, input: MarkDraftReadyInput): Promise<MarkDraftReadyResult> {
  const draft = await db.assessment.findUnique({
    where: { id: input.assessmentId },
    select: { id: true, status: true, authorId: true, readyForReviewAt: true, entity: { select: { teamId: true } } },
  });
  if (!draft) throw new NotFoundError("That draft");
  const principal = requireCan(input.principal, "assessment:draft", draft.entity.teamId);
  if (draft.authorId !== principal.userId)
    throw new ForbiddenError("Only the draft's author can mark it ready for review or withdraw it.");
  if (draft.status !== "DRAFT") throw new ConflictError("This draft is already submitted.");

  return db.$transaction(async (tx) => {
    const readyForReviewAt = input.ready ? (draft.readyForReviewAt ?? new Date()) : null;
    const bumped = await tx.assessment.updateMany({
      where: { id: draft.id, status: "DRAFT", version: input.version },
      data: { readyForReviewAt, version: { increment: 1 } },
    });
    if (bumped.count === 0) {
      const now = await tx.assessment.findUnique({
        where: { id: draft.id },
        select: { status: true, updatedAt: true, submittedBy: { select: { name: true } } },
      });
      if (now?.status === "SUBMITTED")
        throw new ConflictError(
          `${now.submittedBy?.name ?? "Someone"} submitted this draft at ${formatDateTime(now.updatedAt)}.`,
          now.submittedBy?.name ?? null,
          now.updatedAt,
        );
      throw new ConflictError(
        `This draft was changed at ${now ? formatDateTime(now.updatedAt) : "a later moment"} (another tab, or a maintainer reviewing it). ` +
          "Reload to see the newer answers; nothing was changed.",
        null,
        now?.updatedAt ?? null,
      );
    }
    const saved = await tx.assessment.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    await recordAuditEvent(tx, {
      actor: principal,
      action: input.ready ? "assessment.ready-for-review" : "assessment.withdraw-from-review",
      targetType: "Assessment",
      targetId: draft.id,
      teamId: draft.entity.teamId,
      before: { readyForReviewAt: draft.readyForReviewAt?.toISOString() ?? null },
      after: { readyForReviewAt: readyForReviewAt?.toISOString() ?? null, version: saved.version },
    });
    return { version: saved.version, readyForReviewAt };
  });
}
