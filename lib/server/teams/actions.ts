"use server";
// The team forms' server actions, each through defineAction (session, zod, can(), audit in the
// same transaction). Archive reshapes the form's "restore" string into the boolean its schema takes.
import "server-only";
import { defineAction, formDataToObject } from "@/lib/server/actions/define-action";
import { archiveTeam } from "@/lib/server/teams/archive-team";
import { createTeam } from "@/lib/server/teams/create-team";
import { updateTeam } from "@/lib/server/teams/update-team";

/** A new team is empty: open its page, where it can be described further or archived. */
export const saveNewTeam = defineAction(createTeam, { redirect: (r) => `/teams/${r.slug}` });

export const saveTeam = defineAction(updateTeam, { refresh: true });

export const setTeamArchived = defineAction(archiveTeam, {
  input: (form) => {
    const raw = formDataToObject(form);
    return { slug: raw.slug, restore: raw.restore === "true" };
  },
  refresh: true,
  message: (r) =>
    r.archived ? `Archived ${r.slug}. Its entities and history stay; it can be restored.` : `Restored ${r.slug}.`,
});
