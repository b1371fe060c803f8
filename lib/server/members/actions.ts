"use server";
// The members page's server actions: each runs its definition through defineAction (session,
// validation, can(), audit in the same transaction) and refreshes the page on success.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { setTeamRole } from "@/lib/server/members/set-team-role";
import { renameUser } from "@/lib/server/members/rename-user";

const setOrgRoleAction = defineAction(setOrgRole);
const setTeamRoleAction = defineAction(setTeamRole);
const renameUserAction = defineAction(renameUser);

export async function changeOrgRole(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await setOrgRoleAction(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function changeTeamRole(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await setTeamRoleAction(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function renameMember(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await renameUserAction(previous, form);
  if (state.ok) refresh();
  return state;
}
