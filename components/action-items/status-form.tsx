"use client";
// Change an action item's status. Won't do asks for the reason (the server refuses it without);
// done work lowers principal only once an assessment answers the linked item pass.
import { useId, useState } from "react";
import { setActionItemStatusAction } from "@/lib/server/action-items/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { labelClass, primaryButton, selectClass } from "@/components/ui/controls";
import { ACTION_STATUSES, STATUS_LABELS, type ActionItemStatus } from "@/lib/domain/action-items/schema";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { ActionItemResult } from "@/lib/server/action-items/shared";

const IDLE: ActionState<ActionItemResult> = { ok: false };

export function StatusForm({
  id,
  version,
  status,
  reason,
}: {
  id: string;
  version: number;
  status: ActionItemStatus;
  reason: string | null;
}) {
  const [state, onSubmit, pending] = useFormAction(setActionItemStatusAction, IDLE);
  const [next, setNext] = useState<ActionItemStatus>(status);
  const ids = useId();
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Change status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={`${ids}-status`} className={labelClass}>
          Status
        </label>
        <select
          id={`${ids}-status`}
          name="status"
          value={next}
          onChange={(e) => setNext(e.target.value as ActionItemStatus)}
          className={`${selectClass} w-full`}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {next === "WONT_DO" ? (
        <div>
          <label htmlFor={`${ids}-reason`} className={labelClass}>
            Why won&apos;t it be done?
          </label>
          <textarea
            id={`${ids}-reason`}
            name="reason"
            required
            minLength={5}
            maxLength={2000}
            rows={3}
            defaultValue={reason ?? ""}
            placeholder="e.g. The model is retired next quarter; the fix would be wasted effort."
            className="w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-[13px] outline-none focus:border-accent focus:ring-3 focus:ring-accent/15"
          />
          <FieldError state={state} name="reason" />
        </div>
      ) : null}
      {next === "DONE" && status !== "DONE" ? (
        <p className="text-xs text-muted">
          Principal drops once a new assessment answers the linked checklist item as pass, not when this is marked done.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Update status"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
