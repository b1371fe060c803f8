"use client";
// An admin changes how a person is called (people cannot rename themselves; the change is audited).
import { useFormAction } from "./use-form-action";
import { renameMember } from "@/lib/server/members/actions";
import { inputClass, primaryButton } from "@/components/ui/controls";
import { FormMessage, LabeledField } from "./form-message";

export function RenameForm({ userId, name }: { userId: string; name: string }) {
  const [state, onSubmit, pending] = useFormAction(renameMember, { ok: false });
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <LabeledField
        name="name"
        label="Display name"
        hint="Shown on everything they do from now on; earlier audit entries keep the name they were made under."
        state={state}
      >
        <input
          id="name"
          name="name"
          defaultValue={name}
          required
          maxLength={120}
          className={`${inputClass} max-w-sm`}
        />
      </LabeledField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save name"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
