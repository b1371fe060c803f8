"use server";
// The targets page's server action: setRatingTarget through defineAction (session, zod, can(),
// audit in the same transaction), refreshing the page on success.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { setRatingTarget } from "./set-rating-target";
import { setPublicBadges } from "./public-badges";

const setRatingTargetAction = defineAction(setRatingTarget);

export async function saveRatingTarget(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await setRatingTargetAction(previous, form);
  if (state.ok) refresh();
  return state;
}

const setPublicBadgesAction = defineAction(setPublicBadges);

export async function savePublicBadges(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await setPublicBadgesAction(previous, form);
  if (state.ok) refresh();
  return state;
}
