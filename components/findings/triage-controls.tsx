"use client";
// Accept (with a written justification) or reopen a finding. Shown only to those who may; the
// server action checks again.
import { useState } from "react";
import { acceptFindingAction, reopenFindingAction } from "@/lib/server/findings/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { TriagedFinding } from "@/lib/server/findings/triage";

const IDLE: ActionState<TriagedFinding> = { ok: false };
const small = "h-8 px-2.5 text-xs";

export function AcceptFindingForm({ signalId, title }: { signalId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [state, onSubmit, pending] = useFormAction(acceptFindingAction, IDLE);
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={`${secondaryButton} ${small}`}
        aria-label={`Accept ${title}`}
      >
        Accept…
      </button>
    );
  }
  return (
    <form onSubmit={onSubmit} className="w-full space-y-2" aria-label={`Accept ${title}`}>
      <input type="hidden" name="signalId" value={signalId} />
      <label className="block text-[13px] font-medium text-foreground" htmlFor={`justification-${signalId}`}>
        Why is this acceptable?
      </label>
      <textarea
        id={`justification-${signalId}`}
        name="justification"
        required
        minLength={10}
        maxLength={2000}
        rows={3}
        placeholder="e.g. The cascade is intentional: the calibrator is retrained with the predictor, tracked in ADS-412."
        className="w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-[13px] outline-none focus:border-accent focus:ring-3 focus:ring-accent/15"
      />
      <FieldError state={state} name="justification" />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={`${primaryButton} ${small}`}>
          {pending ? "Accepting…" : "Accept finding"}
        </button>
        <button type="button" onClick={() => setOpen(false)} className={`${secondaryButton} ${small}`}>
          Cancel
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function ReopenFindingButton({ signalId, title }: { signalId: string; title: string }) {
  const [state, onSubmit, pending] = useFormAction(reopenFindingAction, IDLE);
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="signalId" value={signalId} />
      <button type="submit" disabled={pending} className={`${secondaryButton} ${small}`} aria-label={`Reopen ${title}`}>
        {pending ? "Reopening…" : "Reopen"}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
