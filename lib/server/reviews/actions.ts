"use server";
// The review pages' server actions: start (then open the new review), add a note or decision,
// close, reopen. Each runs its definition through defineAction (session, zod, can(), audit).
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { addReviewNote } from "@/lib/server/reviews/add-review-note";
import { closeReview } from "@/lib/server/reviews/close-review";
import { reopenReview } from "@/lib/server/reviews/reopen-review";
import { startReview } from "@/lib/server/reviews/start-review";

export const startReviewAction = defineAction(startReview, { redirect: (r) => `/review/${r.id}` });
export const addReviewNoteAction = defineAction(addReviewNote, { refresh: true });
export const closeReviewAction = defineAction(closeReview, { refresh: true });
export const reopenReviewAction = defineAction(reopenReview, { refresh: true });
