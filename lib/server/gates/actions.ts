"use server";
// The targets page's server actions: setRatingTarget and setPublicBadges through defineAction
// (session, zod, can(), audit in the same transaction), refreshing the page on success.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { setRatingTarget } from "./set-rating-target";
import { setPublicBadges } from "./public-badges";

export const saveRatingTarget = defineAction(setRatingTarget, { refresh: true });
export const savePublicBadges = defineAction(setPublicBadges, { refresh: true });
