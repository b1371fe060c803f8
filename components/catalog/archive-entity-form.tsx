"use client";
// Archive or restore, with the version the page was loaded at (a stale page is refused).
import { Archive, ArchiveRestore } from "lucide-react";
import { setArchived } from "@/lib/server/catalog/actions";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ActionState } from "@/lib/server/actions/define-action";
import { dangerButton, secondaryButton } from "@/components/ui/controls";
import { FormMessage } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";

export function ArchiveEntityForm({
  kind,
  name,
  version,
  archived,
}: {
  kind: EntityKind;
  name: string;
  version: number;
  archived: boolean;
}) {
  const [state, submit, pending] = useFormAction<ActionState>(setArchived, { ok: false });
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="restore" value={archived ? "true" : "false"} />
      <button type="submit" disabled={pending} className={archived ? secondaryButton : dangerButton}>
        {archived ? <ArchiveRestore aria-hidden className="size-3.5" /> : <Archive aria-hidden className="size-3.5" />}
        {archived ? "Restore" : `Archive ${name}`}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
