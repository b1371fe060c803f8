"use client";
// One live checklist question on the admin page, with Edit (inline form) and Retire.
import { useActionState, useState } from "react";
import { KIND_LABELS } from "@/lib/domain/kinds";
import type { AdminItem } from "@/lib/server/assessments/checklist/list-checklist";
import { retireItem } from "@/lib/server/assessments/checklist/actions";
import { FormMessage } from "@/components/settings/form-message";
import { dangerButton, secondaryButton } from "@/components/ui/controls";
import { ItemForm } from "./item-form";

export function ItemRow({ item }: { item: AdminItem }) {
  const [editing, setEditing] = useState(false);
  const [state, action, pending] = useActionState(retireItem, { ok: false });
  return (
    <li className="border-t border-border px-5 py-3 first:border-t-0" data-key={item.key}>
      {editing ? (
        <ItemForm mode="edit" itemId={item.id} initial={item} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex items-start justify-between gap-4">
          <div className="min-w-0">
            <p className="text-[13.5px] font-medium text-foreground">{item.question}</p>
            <p className="mt-0.5 text-xs text-subtle">
              <span className="font-mono">{item.key}</span> · v{item.version} · weight {item.weight} ·{" "}
              {item.remediationDays} d · {item.appliesTo.map((k) => KIND_LABELS[k].many).join(", ")} · {item.answers}{" "}
              answers
              {item.editedBy ? ` · edited by ${item.editedBy}` : ""}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-2">
            <button
              type="button"
              className={secondaryButton}
              onClick={() => setEditing(true)}
              aria-label={`Edit “${item.question}”`}
            >
              Edit
            </button>
            <form
              action={action}
              onSubmit={(e) => {
                if (
                  !window.confirm(
                    "Retire this question? New assessments stop asking it; past assessments keep their answers and scores.",
                  )
                )
                  e.preventDefault();
              }}
            >
              <input type="hidden" name="itemId" value={item.id} />
              <button
                type="submit"
                disabled={pending}
                className={dangerButton}
                aria-label={`Retire “${item.question}”`}
              >
                Retire
              </button>
            </form>
          </div>
        </div>
      )}
      <FormMessage state={state} className="mt-1" />
    </li>
  );
}
