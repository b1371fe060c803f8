"use client";
// Archive or restore a team (organisation admins). Nothing is deleted, so no confirmation step.
import { Archive, ArchiveRestore } from "lucide-react";
import { setTeamArchived } from "@/lib/server/teams/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import { dangerButton, secondaryButton } from "@/components/ui/controls";
import { FormMessage } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";

export function ArchiveTeamForm({ slug, archived }: { slug: string; archived: boolean }) {
  const [state, submit, pending] = useFormAction<ActionState>(setTeamArchived, { ok: false });
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="restore" value={archived ? "true" : "false"} />
      <button type="submit" disabled={pending} className={archived ? secondaryButton : dangerButton}>
        {archived ? <ArchiveRestore aria-hidden className="size-3.5" /> : <Archive aria-hidden className="size-3.5" />}
        {archived ? "Restore team" : "Archive team"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
