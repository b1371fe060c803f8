"use server";
// The tokens page's server actions. A created token's secret travels back once, in the action's
// response to the person who asked; it is not stored, logged or put in the audit trail.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { createPersonalToken } from "@/lib/server/tokens/create-personal-token";
import { createTeamToken } from "@/lib/server/tokens/create-team-token";
import { revokePersonalToken } from "@/lib/server/tokens/revoke-personal-token";
import { revokeTeamToken } from "@/lib/server/tokens/revoke-team-token";
import type { CreatedToken } from "@/lib/server/tokens/token-input";

const personal = defineAction(createPersonalToken);
const team = defineAction(createTeamToken);
const revokePersonal = defineAction(revokePersonalToken);
const revokeTeam = defineAction(revokeTeamToken);

/** The form's "owner" field picks the kind: "personal" or a team id. */
export async function createToken(
  previous: ActionState<CreatedToken>,
  form: FormData,
): Promise<ActionState<CreatedToken>> {
  const owner = String(form.get("owner") ?? "personal");
  if (owner !== "personal") form.set("teamId", owner);
  const state = owner === "personal" ? await personal(previous, form) : await team(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function revokeToken(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = form.get("kind") === "team" ? await revokeTeam(previous, form) : await revokePersonal(previous, form);
  if (state.ok) refresh();
  return state;
}
