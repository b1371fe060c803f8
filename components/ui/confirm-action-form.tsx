"use client";
// A button that asks before it acts: it opens a small dialog saying what will happen, and only
// the dialog's confirm button posts the form (hidden fields carried along). Cancel, Esc or the
// close button change nothing. The outcome (or the server's refusal) shows beside the button.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useFormAction } from "@/components/settings/use-form-action";
import { FormMessage } from "@/components/settings/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";

const IDLE: ActionState = { ok: false };

export function ConfirmActionForm({
  action,
  fields,
  trigger,
  title,
  body,
  confirm,
  pendingLabel,
  triggerClassName = primaryButton,
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  trigger: ReactNode;
  title: string;
  body: ReactNode;
  confirm: string;
  pendingLabel: string;
  triggerClassName?: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action, IDLE);
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  useEffect(() => {
    if (state !== IDLE) dialog.current?.close();
  }, [state]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-haspopup="dialog"
        disabled={pending}
        className={triggerClassName}
        onClick={() => dialog.current?.showModal()}
      >
        {pending ? pendingLabel : trigger}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
      <dialog
        ref={dialog}
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-body`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-border bg-surface p-0 text-left text-foreground shadow-xl backdrop:bg-foreground/30"
      >
        <form onSubmit={onSubmit} className="space-y-4 p-5">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <h2 id={`${ids}-title`} className="text-base font-semibold">
            {title}
          </h2>
          <div id={`${ids}-body`} className="space-y-2 text-[13px] text-muted">
            {body}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" disabled={pending} className={primaryButton}>
              {pending ? pendingLabel : confirm}
            </button>
            <button type="button" autoFocus onClick={() => dialog.current?.close()} className={secondaryButton}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
