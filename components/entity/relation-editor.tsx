"use client";
// Adding and removing an entity's relations from its page. The other end is typed as a
// reference (feature:clicks-7d); the relation's kind follows from the two kinds and the direction.
import { Link2 } from "lucide-react";
import { linkEntity, unlinkEntity } from "@/lib/server/catalog/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import { inputClass, secondaryButton, selectClass } from "@/components/ui/controls";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";
import { unlinkFields, type LineageSide } from "./unlink-fields";

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

/**
 * One per side of the lineage table, around its rows. Each row's unlink button is plain server
 * markup (UnlinkButton in entity-relations.tsx: a submit button named for the other end), so a
 * long lineage list costs no client component per row. The side's own end is the hidden field;
 * the pressed button adds the other. While an unlink runs every button of the side is disabled;
 * a refusal shows under the table.
 */
export function UnlinkForm({ self, side, children }: { self: string; side: LineageSide; children: React.ReactNode }) {
  const [state, onSubmit, pending] = useFormAction<ActionState>(unlinkEntity, { ok: false });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name={unlinkFields(side).self} value={self} />
      <fieldset disabled={pending} className="min-w-0">
        {children}
      </fieldset>
      {state.ok || !state.message ? null : <FormMessage state={state} className="border-t border-border px-5 py-2" />}
    </form>
  );
}
