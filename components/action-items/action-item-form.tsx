"use client";
// The full create / edit form of an action item. Edits name the version they started from: a
// stale save is refused with who changed it, and the form keeps what was typed.
import { useRouter } from "next/navigation";
import { useEffect, useId } from "react";
import { createActionItemAction, updateActionItemAction } from "@/lib/server/action-items/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { inputClass, labelClass, primaryButton, secondaryButton, selectClass } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { ActionItemResult } from "@/lib/server/action-items/shared";

const IDLE: ActionState<ActionItemResult> = { ok: false };
const textareaClass =
  "w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-[13px] outline-none focus:border-accent focus:ring-3 focus:ring-accent/15";

export interface ActionItemFormValues {
  id?: string;
  version?: number;
  teamId: string;
  title: string;
  description: string;
  ownerId: string | null;
  /** YYYY-MM-DD or "" */
  dueDate: string;
  estimateDays: number | null;
  entityId: string | null;
  checklistItemId: string | null;
  signalId: string | null;
  reviewId: string | null;
}

export interface LinkLabels {
  checklistItem?: string | null;
  signal?: string | null;
  review?: string | null;
}

export function ActionItemForm({
  values,
  owners,
  entities,
  links = {},
  cancelHref,
}: {
  values: ActionItemFormValues;
  owners: readonly { id: string; name: string }[];
  entities: readonly { id: string; label: string }[];
  links?: LinkLabels;
  cancelHref: string;
}) {
  const editing = Boolean(values.id);
  const [state, onSubmit, pending] = useFormAction(editing ? updateActionItemAction : createActionItemAction, IDLE);
  const router = useRouter();
  const ids = useId();
  useEffect(() => {
    if (!editing && state.ok && state.data) router.push(`/action-items/${state.data.id}`);
  }, [editing, state, router]);

  const hiddenLink = (
    name: "checklistItemId" | "signalId" | "reviewId",
    label: string | null | undefined,
    what: string,
  ) =>
    values[name] ? (
      <fieldset className="rounded-lg border border-border px-3 py-2">
        <legend className="px-1 text-xs text-muted">Linked {what}</legend>
        <label className="flex items-start gap-2 text-[13px]">
          <input type="checkbox" name={name} value={values[name] ?? ""} defaultChecked className="mt-0.5" />
          <span className="min-w-0 break-words">{label ?? values[name]}</span>
        </label>
        <FieldError state={state} name={name} />
      </fieldset>
    ) : null;

  return (
    <form
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4"
      aria-label={editing ? "Edit action item" : "New action item"}
    >
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : (
        <input type="hidden" name="teamId" value={values.teamId} />
      )}
      <div>
        <label htmlFor={`${ids}-title`} className={labelClass}>
          Title
        </label>
        <input
          id={`${ids}-title`}
          name="title"
          required
          minLength={3}
          maxLength={200}
          defaultValue={values.title}
          className={inputClass}
        />
        <FieldError state={state} name="title" />
      </div>
      <div>
        <label htmlFor={`${ids}-description`} className={labelClass}>
          Description <span className="font-normal text-muted">(optional)</span>
        </label>
        <textarea
          id={`${ids}-description`}
          name="description"
          rows={4}
          maxLength={4000}
          defaultValue={values.description}
          className={textareaClass}
        />
        <FieldError state={state} name="description" />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={`${ids}-owner`} className={labelClass}>
            Owner
          </label>
          <select
            id={`${ids}-owner`}
            name="ownerId"
            defaultValue={values.ownerId ?? ""}
            className={`${selectClass} w-full`}
          >
            <option value="">Unassigned</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="ownerId" />
        </div>
        <div>
          <label htmlFor={`${ids}-due`} className={labelClass}>
            Due date
          </label>
          <input id={`${ids}-due`} type="date" name="dueDate" defaultValue={values.dueDate} className={inputClass} />
          <FieldError state={state} name="dueDate" />
        </div>
        <div>
          <label htmlFor={`${ids}-estimate`} className={labelClass}>
            Estimate, days
          </label>
          <input
            id={`${ids}-estimate`}
            name="estimateDays"
            inputMode="decimal"
            defaultValue={values.estimateDays ?? ""}
            className={inputClass}
          />
          <FieldError state={state} name="estimateDays" />
        </div>
      </div>
      <div>
        <label htmlFor={`${ids}-entity`} className={labelClass}>
          Entity <span className="font-normal text-muted">(optional)</span>
        </label>
        <select
          id={`${ids}-entity`}
          name="entityId"
          defaultValue={values.entityId ?? ""}
          className={`${selectClass} w-full`}
        >
          <option value="">None</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="entityId" />
      </div>
      {hiddenLink("checklistItemId", links.checklistItem, "checklist item")}
      {hiddenLink("signalId", links.signal, "finding")}
      {hiddenLink("reviewId", links.review, "review")}
      <FieldError state={state} name="teamId" />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : editing ? "Save changes" : "Create action item"}
        </button>
        <a href={cancelHref} className={secondaryButton}>
          Cancel
        </a>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
