// Close a review: freeze what was shown and decided (the agenda and the state it came from, the
// notes, the action items it created) into Review.snapshot. From then on the review renders from
// the snapshot alone, and the next review of its scope compares against its state. The form
// names the version it saw; a second close of the same version is refused, never applied twice.
// A team's review closing is reported to the team's webhooks ("review.closed"), in the same
// transaction; an organisation-wide review has no team to tell.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { storedAgendaSchema } from "@/lib/domain/review/agenda";
import type { ReviewSnapshot } from "@/lib/domain/review/view";
import { getReviewState } from "@/lib/server/reviews/get-review-state";
import { liveActionItems, liveNotes } from "./load-review-view";
import { closeReviewSchema } from "./review-input";
import { teamOfReview } from "./team-of-review";
import { absoluteUrl, emitWebhookEvent } from "@/lib/server/webhooks/emit-webhook-event";

export const closeReview: ActionDefinition<typeof closeReviewSchema, { id: string; title: string }> = {
  schema: closeReviewSchema,
  permission: "review:run",
  teamOf: teamOfReview,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const closedAt = new Date();
      const claimed = await tx.review.updateMany({
        where: { id: input.reviewId, version: input.version, status: "OPEN" },
        data: { status: "CLOSED", closedAt, version: { increment: 1 } },
      });
      const review = await tx.review.findUnique({
        where: { id: input.reviewId },
        select: {
          id: true,
          title: true,
          teamId: true,
          status: true,
          closedAt: true,
          periodStart: true,
          periodEnd: true,
          agenda: true,
        },
      });
      if (!review) throw new NotFoundError("That review");
      if (claimed.count === 0) {
        const when = review.closedAt ? ` at ${review.closedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "";
        throw new ConflictError(
          review.status === "CLOSED"
            ? `This review was already closed${when}. Reload to see its final version.`
            : "This review changed while you were looking at it. Reload, then close it again.",
          null,
          review.closedAt,
        );
      }
      const agenda = storedAgendaSchema.safeParse(review.agenda);
      const state = agenda.success
        ? agenda.data.state
        : await getReviewState({
            teamId: review.teamId,
            at: review.periodEnd,
            since: review.periodStart,
            withHotspots: false,
          });
      const [notes, actionItems] = await Promise.all([liveNotes(tx, review.id), liveActionItems(tx, review.id)]);
      const snapshot: ReviewSnapshot = {
        v: 1,
        title: review.title,
        baseline: agenda.success
          ? agenda.data.baseline
          : { at: review.periodStart.toISOString(), source: "data", reviewId: null },
        state,
        sections: agenda.success ? agenda.data.sections : [],
        notes,
        actionItems,
        closedAt: closedAt.toISOString(),
        closedBy: principal.name,
      };
      await tx.review.update({
        where: { id: review.id },
        data: { snapshot: snapshot as unknown as Prisma.InputJsonValue },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "review.close",
        targetType: "Review",
        targetId: review.id,
        teamId: review.teamId,
        after: { notes: notes.length, actionItems: actionItems.length },
      });
      if (review.teamId)
        await emitWebhookEvent(tx, {
          teamId: review.teamId,
          event: "review.closed",
          occurredAt: closedAt,
          data: {
            review: {
              id: review.id,
              title: review.title,
              url: absoluteUrl(`/review/${encodeURIComponent(review.id)}`),
              periodStart: review.periodStart.toISOString(),
              periodEnd: review.periodEnd.toISOString(),
              closedAt: closedAt.toISOString(),
            },
            closedBy: principal.name,
            notes: notes.length,
            actionItems: actionItems.length,
          },
        });
      return { id: review.id, title: review.title };
    }),
  success: (r) => `Closed “${r.title}”. It now reads from its snapshot.`,
};
