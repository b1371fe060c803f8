// After losing a submit race (or when someone submitted while a draft was open), the author
// keeps their answers and moves the draft on top of the newest submission, having seen it.
// Submit then accepts it as the successor of that one. Nothing else about the draft changes.
// A maintainer reviewing a member's draft (ready for review) may rebase it too.
import type { Principal } from "@/lib/domain/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { requireDraftAccess } from "./authorize";
import { latestSubmitted } from "./latest-submitted";

export async function rebaseDraft(
  db: Db,
  input: { principal: Principal | null; assessmentId: string },
): Promise<{ version: number; basedOnSeq: number | null }> {
  const draft = await db.assessment.findUnique({
    where: { id: input.assessmentId },
    select: {
      id: true,
      status: true,
      authorId: true,
      readyForReviewAt: true,
      rubric: true,
      basedOnId: true,
      entity: { select: { id: true, teamId: true } },
    },
  });
  if (!draft) throw new NotFoundError("That draft");
  const principal = requireDraftAccess(input.principal, { ...draft, teamId: draft.entity.teamId }, "assessment:draft");
  if (draft.status !== "DRAFT") throw new ConflictError("This assessment is already submitted.");
  return db.$transaction(async (tx) => {
    const latest = await latestSubmitted(tx, draft.entity.id, draft.rubric);
    const updated = await tx.assessment.update({
      where: { id: draft.id },
      data: { basedOnId: latest?.id ?? null, version: { increment: 1 } },
      select: { version: true },
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "assessment.rebase",
      targetType: "Assessment",
      targetId: draft.id,
      teamId: draft.entity.teamId,
      before: { basedOnId: draft.basedOnId },
      after: { basedOnId: latest?.id ?? null },
    });
    return { version: updated.version, basedOnSeq: latest?.submittedSeq ?? null };
  });
}
