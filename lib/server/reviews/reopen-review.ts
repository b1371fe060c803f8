// Reopen a closed review, for a correction after the meeting: its maintainers (and admins) may,
// until the next review of the same scope starts (that review's agenda already compares against
// this one's frozen state). The snapshot is dropped and the review reads live again (notes and
// action items are still its own rows). Names the version it saw, like close; audited with who
// had closed it and when.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { reviewSnapshotSchema } from "@/lib/domain/review/view";
import { getNextReview } from "./get-next-review";
import { reopenReviewSchema } from "./review-input";
import { teamOfReview } from "./team-of-review";

export const reopenReview: ActionDefinition<typeof reopenReviewSchema, { id: string; title: string }> = {
  schema: reopenReviewSchema,
  permission: "review:run",
  teamOf: teamOfReview,
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      // Lock the row: a concurrent close, reopen or note waits for this decision.
      const rows = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "Review" WHERE id = ${input.reviewId} FOR UPDATE`;
      if (rows.length === 0) throw new NotFoundError("That review");
      const review = await tx.review.findUniqueOrThrow({
        where: { id: input.reviewId },
        select: {
          id: true,
          title: true,
          teamId: true,
          status: true,
          version: true,
          startedAt: true,
          closedAt: true,
          snapshot: true,
        },
      });
      if (review.status !== "CLOSED") throw new ConflictError("This review is already open. Reload to see it.");
      if (review.version !== input.version)
        throw new ConflictError("This review changed while you were looking at it. Reload, then reopen it again.");
      const snapshot = reviewSnapshotSchema.safeParse(review.snapshot);
      if (!snapshot.success)
        throw new ConflictError("This review was recorded before agendas were kept in full; it cannot be reopened.");
      const next = await getNextReview(review, tx);
      if (next)
        throw new ConflictError(
          `“${next.title}” has started since this review closed, and compares against it: it can no longer be reopened.`,
        );
      await tx.review.update({
        where: { id: review.id },
        data: { status: "OPEN", closedAt: null, snapshot: Prisma.DbNull, version: { increment: 1 } },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "review.reopen",
        targetType: "Review",
        targetId: review.id,
        teamId: review.teamId,
        before: {
          status: "CLOSED",
          closedAt: review.closedAt?.toISOString() ?? null,
          closedBy: snapshot.data.closedBy,
        },
        after: { status: "OPEN" },
      });
      return { id: review.id, title: review.title };
    }),
  success: (r) => `Reopened “${r.title}”. Close it again when the corrections are in.`,
};
