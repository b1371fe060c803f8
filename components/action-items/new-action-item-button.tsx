"use client";
// One click opens a small prefilled form in a dialog; one more click creates the action item.
// The dialog asks for owner (by default whoever creates it; else unassigned or one of `owners`,
// the team's people) and due date, so an item agreed in a meeting leaves it assigned. Used on
// findings, failing checklist items and review agenda rows. The server checks the right to
// create again (action-item:write on the team) and that the owner belongs to the team.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { CircleCheck, ListPlus, X } from "lucide-react";
import { createActionItemAction } from "@/lib/server/action-items/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { inputClass, labelClass, primaryButton, secondaryButton, selectClass } from "@/components/ui/controls";
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
/** The select's value for "me": no ownerId is posted, and the server makes the creator the owner. */
const ME = "__me";

export function NewActionItemButton({
  teamId,
  prefill,
  label = "Action item",
  owners = [],
}: {
  teamId: string;
  prefill: ActionItemPrefill;
  label?: string;
  /** Who else may own it (the team's people); empty: only "me" or unassigned. */
  owners?: readonly { id: string; name: string }[];
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [state, onSubmit, pending] = useFormAction(createActionItemAction, IDLE);
  const [formKey, setFormKey] = useState(0);
  const [owner, setOwner] = useState(ME);
  const created = state.ok ? (state.data ?? null) : null;

  // Created: the dialog closes and a link to the new item shows beside the button.
  useEffect(() => {
    if (state.ok) dialog.current?.close();
  }, [state]);

  const open = () => {
    setFormKey((k) => k + 1);
    setOwner(ME);
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
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-border bg-surface p-0 text-left text-foreground shadow-xl backdrop:bg-foreground/30"
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
          <div className="grid gap-3 sm:grid-cols-3">
            <div>
              <label htmlFor={`${ids}-o`} className={labelClass}>
                Owner
              </label>
              <select
                id={`${ids}-o`}
                value={owner}
                onChange={(event) => setOwner(event.target.value)}
                className={`${selectClass} w-full`}
              >
                <option value={ME}>Me</option>
                <option value="">Unassigned</option>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
              {owner === ME ? null : <input type="hidden" name="ownerId" value={owner} />}
              <FieldError state={state} name="ownerId" />
            </div>
            <div>
              <label htmlFor={`${ids}-due`} className={labelClass}>
                Due date <span className="font-normal text-muted">(optional)</span>
              </label>
              <input id={`${ids}-due`} type="date" name="dueDate" className={inputClass} />
              <FieldError state={state} name="dueDate" />
            </div>
            <div>
              <label htmlFor={`${ids}-e`} className={labelClass}>
                Estimate, days <span className="font-normal text-muted">(optional)</span>
              </label>
              <input id={`${ids}-e`} name="estimateDays" inputMode="decimal" className={inputClass} />
              <FieldError state={state} name="estimateDays" />
            </div>
          </div>
          {["entityId", "checklistItemId", "signalId", "reviewId", "teamId"].map((k) => (
            <FieldError key={k} state={state} name={k} />
          ))}
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
