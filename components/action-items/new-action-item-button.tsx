"use client";
// One click opens a small prefilled form in a dialog; one more click creates the action item
// (owner: whoever creates it; no due date). Used on findings, failing checklist items and review
// agenda rows. The server checks the right to create again (action-item:write on the team).
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { CircleCheck, ListPlus, X } from "lucide-react";
import { createActionItemAction } from "@/lib/server/action-items/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { ActionItemResult } from "@/lib/server/action-items/shared";

export interface ActionItemPrefill {
  title: string;
  description?: string;
  entityId?: string;
  checklistItemId?: string;
  signalId?: string;
  reviewId?: string;
}

const IDLE: ActionState<ActionItemResult> = { ok: false };
const small = "h-8 px-2.5 text-xs";

export function NewActionItemButton({
  teamId,
  prefill,
  label = "Action item",
}: {
  teamId: string;
  prefill: ActionItemPrefill;
  label?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [state, onSubmit, pending] = useFormAction(createActionItemAction, IDLE);
  const [formKey, setFormKey] = useState(0);
  const created = state.ok ? (state.data ?? null) : null;

  // Created: the dialog closes and a link to the new item shows beside the button.
  useEffect(() => {
    if (state.ok) dialog.current?.close();
  }, [state]);

  const open = () => {
    setFormKey((k) => k + 1);
    dialog.current?.showModal();
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={open}
        className={`${secondaryButton} ${small}`}
        aria-haspopup="dialog"
        aria-label={`${label}: ${prefill.title}`}
      >
        <ListPlus aria-hidden className="size-3.5" />
        {label}
      </button>
      {created ? (
        <span role="status" className="inline-flex items-center gap-1 text-xs text-success">
          <CircleCheck aria-hidden className="size-3.5" />
          Created ·{" "}
          <Link href={`/action-items/${created.id}`} className="font-medium underline underline-offset-2">
            Open action item
          </Link>
        </span>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={`${ids}-title`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-border bg-surface p-0 text-left text-foreground shadow-xl backdrop:bg-foreground/30"
      >
        <form key={formKey} onSubmit={onSubmit} className="space-y-3 p-5">
          <div className="flex items-start justify-between gap-3">
            <h2 id={`${ids}-title`} className="text-sm font-semibold">
              New action item
            </h2>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md p-1 text-muted hover:bg-surface-hover"
              aria-label="Close"
            >
              <X aria-hidden className="size-4" />
            </button>
          </div>
          <input type="hidden" name="teamId" value={teamId} />
          {(["entityId", "checklistItemId", "signalId", "reviewId"] as const).map((k) =>
            prefill[k] ? <input key={k} type="hidden" name={k} value={prefill[k]} /> : null,
          )}
          <div>
            <label htmlFor={`${ids}-t`} className={labelClass}>
              Title
            </label>
            <input
              id={`${ids}-t`}
              name="title"
              required
              minLength={3}
              maxLength={200}
              defaultValue={prefill.title}
              className={inputClass}
            />
            <FieldError state={state} name="title" />
          </div>
          <div>
            <label htmlFor={`${ids}-d`} className={labelClass}>
              Description <span className="font-normal text-muted">(optional)</span>
            </label>
            <textarea
              id={`${ids}-d`}
              name="description"
              rows={3}
              maxLength={4000}
              defaultValue={prefill.description ?? ""}
              className="w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-[13px] outline-none focus:border-accent focus:ring-3 focus:ring-accent/15"
            />
            <FieldError state={state} name="description" />
          </div>
          <div className="max-w-40">
            <label htmlFor={`${ids}-e`} className={labelClass}>
              Estimate, days <span className="font-normal text-muted">(optional)</span>
            </label>
            <input id={`${ids}-e`} name="estimateDays" inputMode="decimal" className={inputClass} />
            <FieldError state={state} name="estimateDays" />
          </div>
          {["entityId", "checklistItemId", "signalId", "reviewId", "teamId", "ownerId"].map((k) => (
            <FieldError key={k} state={state} name={k} />
          ))}
          <p className="text-xs text-muted">You will own it; set a due date and owner later on the item.</p>
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" disabled={pending} autoFocus className={primaryButton}>
              {pending ? "Creating…" : "Create action item"}
            </button>
            <button type="button" onClick={() => dialog.current?.close()} className={secondaryButton}>
              Cancel
            </button>
            {state.ok ? null : <FormMessage state={state} />}
          </div>
        </form>
      </dialog>
    </span>
  );
}
