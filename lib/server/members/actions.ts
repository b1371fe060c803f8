"use server";
// The members page's server actions: each runs its definition through defineAction (session,
// validation, can(), audit in the same transaction) and refreshes the page on success.
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction, formDataToObject, toActionState, type ActionState } from "@/lib/server/actions/define-action";
import { auth } from "@/lib/server/auth/auth";
import { logger } from "@/lib/server/log/logger";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";
import { createInvitation, type CreatedInvitation } from "@/lib/server/members/create-invitation";
import { revokeInvitation } from "@/lib/server/members/revoke-invitation";
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

const createInvitationAction = defineAction(createInvitation);
const revokeInvitationAction = defineAction(revokeInvitation);

export async function inviteMember(previous: ActionState, form: FormData): Promise<ActionState<CreatedInvitation>> {
  const state = await createInvitationAction(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function withdrawInvitation(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await revokeInvitationAction(previous, form);
  if (state.ok) refresh();
  return state;
}

/**
 * The invitee's form on /invite/<token> (signed out, so not through defineAction: the link's
 * token is the authority). On success the new person is signed in and sent to the overview
 * (a redirect: signing in sets a cookie, which re-renders /invite/<token> as "already used").
 */
export async function acceptInvitationAndSignIn(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formDataToObject(form);
  let accepted;
  try {
    accepted = await acceptInvitation(input);
  } catch (error) {
    return toActionState(error);
  }
  try {
    await auth().api.signInEmail({
      body: { email: accepted.email, password: String(input.password ?? "") },
      headers: await headers(),
    });
  } catch (error) {
    logger.warn("invitation accepted but the automatic sign-in failed", { error });
    redirect("/sign-in");
  }
  redirect("/");
}
