"use client";
// Create a team, or rename / re-describe one. Submitted by hand (useFormAction) so what the
// person typed stays on screen when the server refuses it; errors show next to their fields.
import Link from "next/link";
import { saveNewTeam, saveTeam } from "@/lib/server/teams/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/controls";
import { FormMessage, LabeledField } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";

export interface TeamFormProps {
  /** Set when editing: the slug is the team's reference and cannot change. */
  team?: { slug: string; name: string; description: string };
  cancelHref?: string;
}

export function TeamForm({ team, cancelHref }: TeamFormProps) {
  const [state, submit, pending] = useFormAction<ActionState>(team ? saveTeam : saveNewTeam, { ok: false });
  const invalid = (name: string) => !!state.fieldErrors?.[name];
  // Ids distinct per form: Next keeps the previous page's tree (hidden) in the document, and an
  // id="name" there would take this page's label away from its input. (useId does not help: the
  // two pages' trees may produce the same id.)
  const id = team ? `team-${team.slug}` : "team-new";
  return (
    <form onSubmit={submit} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      <LabeledField
        id={`${id}-slug`}
        name="slug"
        label="Slug"
        state={state}
        hint={
          team
            ? "Catalogue files name the team by its slug; it does not change."
            : "Lowercase letters, digits and '-', e.g. team-ranking. Catalogue files name the owner by it."
        }
      >
        <input
          id={`${id}-slug`}
          name="slug"
          defaultValue={team?.slug ?? ""}
          readOnly={!!team}
          required
          className={`${inputClass} read-only:bg-surface-muted read-only:text-muted`}
          aria-invalid={invalid("slug")}
        />
      </LabeledField>
      <LabeledField id={`${id}-name`} name="name" label="Team name" state={state}>
        <input
          id={`${id}-name`}
          name="name"
          defaultValue={team?.name ?? ""}
          required
          className={inputClass}
          aria-invalid={invalid("name")}
        />
      </LabeledField>
      <LabeledField id={`${id}-description`} name="description" label="Description" state={state}>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={3}
          defaultValue={team?.description ?? ""}
          className={`${inputClass} h-auto py-2`}
          aria-invalid={invalid("description")}
        />
      </LabeledField>
      <div className="flex items-center gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : team ? "Save team" : "Create team"}
        </button>
        {cancelHref ? (
          <Link href={cancelHref} className={secondaryButton}>
            Cancel
          </Link>
        ) : null}
      </div>
    </form>
  );
}
