"use server";
// The members page's server actions: each runs its definition through defineAction (session,
// validation, can(), audit in the same transaction) and refreshes the page on success.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction, formDataToObject, toActionState, type ActionState } from "@/lib/server/actions/define-action";
import { auth } from "@/lib/server/auth/auth";
import { logger } from "@/lib/server/log/logger";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";
import { createInvitation } from "@/lib/server/members/create-invitation";
import { revokeInvitation } from "@/lib/server/members/revoke-invitation";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { setTeamRole } from "@/lib/server/members/set-team-role";
import { renameUser } from "@/lib/server/members/rename-user";

export const changeOrgRole = defineAction(setOrgRole, { refresh: true });
export const changeTeamRole = defineAction(setTeamRole, { refresh: true });
export const inviteMember = defineAction(createInvitation, { refresh: true });
export const withdrawInvitation = defineAction(revokeInvitation, { refresh: true });
export const renameMember = defineAction(renameUser, { refresh: true });

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
