"use client";
// Add a question to a category, or edit one (which saves a new version and retires the old, so
// earlier answers keep the text they answered).
import { useActionState, useState } from "react";
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";
import { addItem, editItem } from "@/lib/server/assessments/checklist/actions";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/controls";

export interface ItemFormValues {
  question: string;
  guidance: string;
  weight: number;
  remediationDays: number;
  appliesTo: EntityKind[];
}

const EMPTY: ItemFormValues = { question: "", guidance: "", weight: 2, remediationDays: 1, appliesTo: ["MODEL"] };

export function ItemForm({
  mode,
  categoryId,
  itemId,
  initial,
  onDone,
}: {
  mode: "add" | "edit";
  categoryId?: string;
  itemId?: string;
  initial?: ItemFormValues;
  onDone?: () => void;
}) {
  const [state, action, pending] = useActionState(mode === "add" ? addItem : editItem, { ok: false });
  const v = initial ?? EMPTY;
  const [open, setOpen] = useState(mode === "edit");
  const id = itemId ?? categoryId ?? "new";
  if (!open)
    return (
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Add a question
      </button>
    );
  return (
    <form action={action} className="space-y-3 rounded-lg border border-border bg-surface-muted p-4">
      {categoryId ? <input type="hidden" name="categoryId" value={categoryId} /> : null}
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <div>
        <label className={labelClass} htmlFor={`question-${id}`}>
          Question
        </label>
        <input id={`question-${id}`} name="question" defaultValue={v.question} className={inputClass} required />
        <FieldError state={state} name="question" />
      </div>
      <div>
        <label className={labelClass} htmlFor={`guidance-${id}`}>
          Guidance
        </label>
        <textarea
          id={`guidance-${id}`}
          name="guidance"
          defaultValue={v.guidance}
          rows={3}
          className={`${inputClass} h-auto py-2`}
          required
        />
        <FieldError state={state} name="guidance" />
      </div>
      <div className="flex flex-wrap gap-4">
        <div>
          <label className={labelClass} htmlFor={`weight-${id}`}>
            Weight (1–3)
          </label>
          <input
            id={`weight-${id}`}
            name="weight"
            type="number"
            min={1}
            max={3}
            defaultValue={v.weight}
            className={`${inputClass} w-24`}
          />
          <FieldError state={state} name="weight" />
        </div>
        <div>
          <label className={labelClass} htmlFor={`days-${id}`}>
            Days to fix
          </label>
          <input
            id={`days-${id}`}
            name="remediationDays"
            type="number"
            min={0}
            step={0.5}
            defaultValue={v.remediationDays}
            className={`${inputClass} w-28`}
          />
          <FieldError state={state} name="remediationDays" />
        </div>
        <fieldset>
          <legend className={labelClass}>Applies to</legend>
          <div className="flex flex-wrap gap-3 pt-1.5">
            {ENTITY_KINDS.map((k) => (
              <label key={k} className="inline-flex items-center gap-1.5 text-[13px]">
                <input type="checkbox" name="appliesTo" value={k} defaultChecked={v.appliesTo.includes(k)} />
                {KIND_LABELS[k].many}
              </label>
            ))}
          </div>
          <FieldError state={state} name="appliesTo" />
        </fieldset>
      </div>
      <div className="flex items-center gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {mode === "add" ? "Add question" : "Save as new version"}
        </button>
        <button type="button" className={secondaryButton} onClick={() => (onDone ? onDone() : setOpen(false))}>
          Cancel
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
