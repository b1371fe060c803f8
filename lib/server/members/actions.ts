"use server";
// The members page's server actions: each runs its definition through defineAction (session,
// validation, can(), audit in the same transaction) and refreshes the page on success.
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { defineAction, formDataToObject, toActionState, type ActionState } from "@/lib/server/actions/define-action";
import { auth } from "@/lib/server/auth/auth";
import { logger } from "@/lib/server/log/logger";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";
import { createInvitation, type CreatedInvitation } from "@/lib/server/members/create-invitation";
import { revokeInvitation } from "@/lib/server/members/revoke-invitation";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { setTeamRole } from "@/lib/server/members/set-team-role";

const setOrgRoleAction = defineAction(setOrgRole);
const setTeamRoleAction = defineAction(setTeamRole);

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
 * token is the authority). On success the new person is signed in.
 */
export async function acceptInvitationAndSignIn(
  _previous: ActionState<{ signedIn: boolean }>,
  form: FormData,
): Promise<ActionState<{ signedIn: boolean }>> {
  const input = formDataToObject(form);
  try {
    const accepted = await acceptInvitation(input);
    try {
      await auth().api.signInEmail({
        body: { email: accepted.email, password: String(input.password ?? "") },
        headers: await headers(),
      });
    } catch (error) {
      logger.warn("invitation accepted but the automatic sign-in failed", { error });
      return {
        ok: true,
        message: "Your account is ready. Sign in with your email and password.",
        data: { signedIn: false },
      };
    }
    return { ok: true, message: `Welcome, ${accepted.name}.`, data: { signedIn: true } };
  } catch (error) {
    return toActionState(error) as ActionState<{ signedIn: boolean }>;
  }
}
