"use client";
// Adding and removing an entity's relations from its page. The other end is typed as a
// reference (feature:clicks-7d); the relation's kind follows from the two kinds and the direction.
import { Link2 } from "lucide-react";
import { linkEntity, unlinkEntity } from "@/lib/server/catalog/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import { inputClass, secondaryButton, selectClass } from "@/components/ui/controls";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";

export function LinkEntityForm({ self, hint }: { self: string; hint: string }) {
  const [state, submit, pending] = useFormAction<ActionState>(linkEntity, { ok: false });
  return (
    <form onSubmit={submit} className="border-t border-border px-5 py-3" aria-label="Add a relation">
      <input type="hidden" name="self" value={self} />
      <div className="flex flex-wrap items-start gap-2">
        <label className="sr-only" htmlFor="relation-direction">
          Direction
        </label>
        <select id="relation-direction" name="direction" defaultValue="upstream" className={`${selectClass} w-48`}>
          <option value="upstream">Upstream (feeds this)</option>
          <option value="downstream">Downstream (fed by this)</option>
        </select>
        <div className="min-w-64 flex-1">
          <label className="sr-only" htmlFor="relation-other">
            Other entity
          </label>
          <input
            id="relation-other"
            name="other"
            required
            placeholder={hint}
            className={`${inputClass} font-mono text-[12.5px]`}
            aria-invalid={!!state.fieldErrors?.other}
          />
          <FieldError state={state} name="other" />
        </div>
        <button type="submit" disabled={pending} className={secondaryButton}>
          <Link2 aria-hidden className="size-3.5" />
          {pending ? "Linking…" : "Link"}
        </button>
      </div>
      <FormMessage state={state} className="mt-2" />
    </form>
  );
}

/** One per lineage row, so it stays small: the label follows from the two references, the icon is CSS. */
export function UnlinkButton({ from, to }: { from: string; to: string }) {
  const label = `${from} → ${to}`;
  const [state, submit, pending] = useFormAction<ActionState>(unlinkEntity, { ok: false });
  return (
    <form onSubmit={submit} className="inline-flex items-center gap-2">
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="to" value={to} />
      {state.ok || !state.message ? null : <span className="text-xs text-danger">{state.message}</span>}
      <button
        type="submit"
        disabled={pending}
        title={`Unlink ${label}`}
        aria-label={`Unlink ${label}`}
        className="rounded p-1 text-subtle hover:bg-surface-hover hover:text-danger disabled:opacity-50"
      >
        <span aria-hidden className="unlink-icon" />
      </button>
    </form>
  );
}
