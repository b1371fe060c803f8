// Start a review of a team (its maintainers, or admins) or of the whole organisation (admins).
// The agenda is generated now and stored with the state it was built from: the baseline is the
// previous closed review's snapshot when the period starts where that review ended (the usual
// case: "since last time"), otherwise the records as they stood at the period's start.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { buildAgenda, type StoredAgenda } from "@/lib/domain/review/agenda";
import { defaultPeriodStart, defaultReviewTitle } from "@/lib/domain/review/params";
import { reviewSnapshotSchema } from "@/lib/domain/review/view";
import { getReviewState } from "@/lib/server/reviews/get-review-state";
import { startReviewSchema } from "./review-input";

export interface StartedReview {
  id: string;
  title: string;
}

/** The last closed review of a scope (null team = the organisation), the one the next continues from. */
export async function lastClosedReview(teamId: string | null) {
  return db().review.findFirst({
    where: { teamId, status: "CLOSED" },
    orderBy: [{ periodEnd: "desc" }, { closedAt: "desc" }],
    select: { id: true, periodEnd: true, snapshot: true },
  });
}

export const startReview: ActionDefinition<typeof startReviewSchema, StartedReview> = {
  schema: startReviewSchema,
  permission: "review:run",
  teamOf: async (input) => input.teamId,
  run: async (input, { principal }) => {
    const team = input.teamId
      ? await db().team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true, archivedAt: true } })
      : null;
    if (input.teamId && !team) throw new NotFoundError("That team");
    const now = new Date();
    const previous = await lastClosedReview(input.teamId);
    const periodStart = input.periodStart ?? defaultPeriodStart(previous?.periodEnd ?? null, now);
    if (periodStart >= now)
      throw new InvalidInputError("Some fields need attention.", {
        periodStart: ["The period has to start in the past."],
      });

    const continues = previous !== null && previous.periodEnd.getTime() === periodStart.getTime();
    const frozen = continues ? reviewSnapshotSchema.safeParse(previous.snapshot) : null;
    const [before, after] = await Promise.all([
      frozen?.success
        ? Promise.resolve(frozen.data.state)
        : getReviewState({ teamId: input.teamId, at: periodStart, since: periodStart, withHotspots: false }),
      getReviewState({ teamId: input.teamId, at: now, since: periodStart, withHotspots: true }),
    ]);
    const agenda: StoredAgenda = {
      baseline: {
        at: periodStart.toISOString(),
        source: frozen?.success ? "review" : "data",
        reviewId: continues ? previous.id : null,
      },
      state: after,
      sections: buildAgenda(before, after),
    };
    const title = input.title || defaultReviewTitle(team?.name ?? "Organisation", now);
    return db().$transaction(async (tx) => {
      // The review this one continues from must still be closed: a reopen of it (which refuses
      // once a successor exists, under the same row lock) and this start cannot both succeed.
      if (previous) {
        const locked = await tx.$queryRaw<{ status: string }[]>`
          SELECT status::text AS status FROM "Review" WHERE id = ${previous.id} FOR UPDATE`;
        if (locked[0]?.status !== "CLOSED")
          throw new ConflictError(
            "The last closed review of this scope was reopened while this one was being prepared. Start it again.",
          );
      }
      const review = await tx.review.create({
        data: {
          teamId: input.teamId,
          title,
          periodStart,
          periodEnd: now,
          agenda: agenda as unknown as Prisma.InputJsonValue,
          previousReviewId: previous?.id ?? null,
          startedById: principal.userId,
          startedAt: now,
        },
        select: { id: true, title: true },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "review.start",
        targetType: "Review",
        targetId: review.id,
        teamId: input.teamId,
        after: { title, periodStart: periodStart.toISOString(), periodEnd: now.toISOString() },
      });
      return review;
    });
  },
  success: (r) => `Started “${r.title}”.`,
};
