"use server";
// The review pages' server actions: start (then open the new review), add a note or decision,
// close, reopen. Each runs its definition through defineAction (session, zod, can(), audit).
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { addReviewNote } from "@/lib/server/reviews/add-review-note";
import { closeReview } from "@/lib/server/reviews/close-review";
import { reopenReview } from "@/lib/server/reviews/reopen-review";
import { startReview } from "@/lib/server/reviews/start-review";

const start = defineAction(startReview);
const note = defineAction(addReviewNote);
const close = defineAction(closeReview);
const reopen = defineAction(reopenReview);

export async function startReviewAction(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await start(previous, form);
  if (!state.ok || !state.data) return state;
  redirect(`/review/${state.data.id}`);
}

export async function addReviewNoteAction(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await note(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function closeReviewAction(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await close(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function reopenReviewAction(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await reopen(previous, form);
  if (state.ok) refresh();
  return state;
}
