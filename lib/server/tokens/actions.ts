"use server";
// The tokens page's server actions. A created token's secret travels back once, in the action's
// response to the person who asked; it is not stored, logged or put in the audit trail.
import "server-only";
import { defineAction, formDataToObject, type ActionState } from "@/lib/server/actions/define-action";
import { createPersonalToken } from "@/lib/server/tokens/create-personal-token";
import { createTeamToken } from "@/lib/server/tokens/create-team-token";
import { revokePersonalToken } from "@/lib/server/tokens/revoke-personal-token";
import { revokeTeamToken } from "@/lib/server/tokens/revoke-team-token";
import type { CreatedToken } from "@/lib/server/tokens/token-input";

/** The form's "owner" field picks the kind: "personal" or a team id. */
const owner = (form: FormData) => String(form.get("owner") ?? "personal");
const personal = defineAction(createPersonalToken, { refresh: true });
const team = defineAction(createTeamToken, {
  refresh: true,
  input: (form) => ({ ...formDataToObject(form), teamId: owner(form) }),
});
const revokePersonal = defineAction(revokePersonalToken, { refresh: true });
const revokeTeam = defineAction(revokeTeamToken, { refresh: true });

export async function createToken(previous: ActionState, form: FormData): Promise<ActionState<CreatedToken>> {
  return owner(form) === "personal" ? personal(previous, form) : team(previous, form);
}

export async function revokeToken(previous: ActionState, form: FormData): Promise<ActionState> {
  return form.get("kind") === "team" ? revokeTeam(previous, form) : revokePersonal(previous, form);
}
