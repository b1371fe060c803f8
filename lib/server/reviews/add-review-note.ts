// A note or a decision on one section of an open review. Members of the review's team may add
// them (the meeting is theirs too); an organisation-wide review takes notes from admins.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { AppError, NotFoundError } from "@/lib/server/errors";
import { addReviewNoteSchema } from "./review-input";
import { teamOfReview } from "./team-of-review";

export const addReviewNote: ActionDefinition<typeof addReviewNoteSchema, { id: string; kind: "NOTE" | "DECISION" }> = {
  schema: addReviewNoteSchema,
  permission: "review:note",
  teamOf: teamOfReview,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      // Shared row lock: a close waits for this note (and puts it in its snapshot), and a note
      // that comes after the close sees it closed.
      const rows = await tx.$queryRaw<
        { status: string; teamId: string | null }[]
      >`SELECT "status"::text AS status, "teamId" FROM "Review" WHERE "id" = ${input.reviewId} FOR SHARE`;
      const review = rows[0];
      if (!review) throw new NotFoundError("That review");
      if (review.status !== "OPEN") throw new AppError("conflict", "This review is closed: its notes are final.");
      const note = await tx.reviewNote.create({
        data: {
          reviewId: input.reviewId,
          section: input.section,
          kind: input.kind,
          body: input.body,
          authorId: principal.userId,
        },
        select: { id: true, kind: true },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "review.note",
        targetType: "Review",
        targetId: input.reviewId,
        teamId: review.teamId,
        after: { section: input.section, kind: input.kind, body: input.body },
      });
      return note;
    }),
  success: (r) => (r.kind === "DECISION" ? "Decision recorded." : "Note added."),
};
