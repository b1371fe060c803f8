"use server";
// The team forms' server actions. Create and rename run their definitions through defineAction
// (session, zod, can(), audit in the same transaction); archive reshapes the form's "restore"
// string into the boolean its schema takes, so it goes through runAuthorized like setArchived.
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import {
  defineAction,
  formDataToObject,
  runAuthorized,
  toActionState,
  type ActionState,
} from "@/lib/server/actions/define-action";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { archiveTeam } from "@/lib/server/teams/archive-team";
import { createTeam } from "@/lib/server/teams/create-team";
import { updateTeam } from "@/lib/server/teams/update-team";

const createTeamAction = defineAction(createTeam);
const updateTeamAction = defineAction(updateTeam);

/** A new team is empty: open its page, where it can be described further or archived. */
export async function saveNewTeam(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await createTeamAction(previous, form);
  if (!state.ok || !state.data) return state;
  redirect(`/teams/${state.data.slug}`);
}

export async function saveTeam(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await updateTeamAction(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function setTeamArchived(_previous: ActionState, form: FormData): Promise<ActionState> {
  const raw = formDataToObject(form);
  try {
    const r = await runAuthorized(
      archiveTeam,
      { slug: raw.slug, restore: raw.restore === "true" },
      await getSessionPrincipal(),
    );
    refresh();
    return {
      ok: true,
      message: r.archived
        ? `Archived ${r.slug}. Its entities and history stay; it can be restored.`
        : `Restored ${r.slug}.`,
    };
  } catch (error) {
    return toActionState(error);
  }
}
