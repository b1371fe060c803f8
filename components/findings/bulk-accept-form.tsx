"use client";
// Accept several open findings with one justification. Each open finding the person may triage
// has a checkbox tied to this form (form="bulk-accept"), so the boxes sit beside their findings
// while the justification is typed once, here. The server accepts all or none.
import { useEffect, useRef, useState } from "react";
import { acceptFindingsAction } from "@/lib/server/findings/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { BulkTriaged } from "@/lib/server/findings/triage";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/controls";
import { BULK_ACCEPT_FORM } from "./kind-meta";

const IDLE: ActionState<BulkTriaged> = { ok: false };
const small = "h-8 px-2.5 text-xs";

export function BulkAcceptForm({ available }: { available: number }) {
  const form = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState(0);
  const [state, onSubmit, pending] = useFormAction(acceptFindingsAction, IDLE);

  const boxes = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${BULK_ACCEPT_FORM}"]`));
  useEffect(() => {
    const count = () => setSelected(boxes().filter((b) => b.checked).length);
    count();
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.form === form.current) count();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [available]);

  const setAll = (checked: boolean) => {
    for (const b of boxes()) b.checked = checked;
    setSelected(checked ? boxes().length : 0);
  };

  return (
    <form
      id={BULK_ACCEPT_FORM}
      ref={form}
      onSubmit={onSubmit}
      aria-label="Accept the checked findings"
      className="space-y-2 rounded-xl border border-border bg-surface px-4 py-3"
    >
      <div className="flex flex-wrap items-center gap-2 text-[13px]">
        <span className="font-medium text-foreground" aria-live="polite">
          {selected} of {available} open {available === 1 ? "finding" : "findings"} on this page checked
        </span>
        <button type="button" onClick={() => setAll(true)} className={`${secondaryButton} ${small}`}>
          Check all
        </button>
        <button type="button" onClick={() => setAll(false)} className={`${secondaryButton} ${small}`}>
          Clear
        </button>
      </div>
      <label htmlFor="bulk-justification" className="block text-[13px] text-muted">
        One justification for every checked finding (kept with each, with your name and the date)
      </label>
      <textarea
        id="bulk-justification"
        name="justification"
        rows={2}
        minLength={10}
        maxLength={2000}
        placeholder="e.g. These sources are versioned by the platform migration in Q3 (DP-118); accepted until then."
        className="w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-[13px] outline-none focus:border-accent focus:ring-3 focus:ring-accent/15"
      />
      <FieldError state={state} name="justification" />
      <FieldError state={state} name="signalIds" />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending || selected === 0} className={`${primaryButton} ${small}`}>
          {pending ? "Accepting…" : `Accept ${selected} checked`}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
