"use client";
// An admin changes someone's organisation role.
import { useState } from "react";
import { useFormAction } from "./use-form-action";
import { changeOrgRole } from "@/lib/server/members/actions";
import { primaryButton } from "@/components/ui/controls";
import { FormMessage } from "./form-message";

const CHOICES = [
  { value: "MEMBER", label: "Member", text: "Reads everything; changes what their team roles allow." },
  {
    value: "ADMIN",
    label: "Organisation admin",
    text: "Everything, everywhere: people, roles, tokens, checklist content.",
  },
] as const;

export function OrgRoleForm({ userId, orgRole }: { userId: string; orgRole: "ADMIN" | "MEMBER" }) {
  const [state, onSubmit, pending] = useFormAction(changeOrgRole, { ok: false });
  const [selected, setSelected] = useState<string>(orgRole);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="sr-only">Organisation role</legend>
        {CHOICES.map((c) => (
          <label
            key={c.value}
            className="flex cursor-pointer items-start gap-2.5 rounded-lg border border-border p-3 transition hover:bg-surface-hover has-[:checked]:border-accent/40 has-[:checked]:bg-accent-soft/50"
          >
            <input
              type="radio"
              name="orgRole"
              value={c.value}
              checked={selected === c.value}
              onChange={() => setSelected(c.value)}
              className="mt-0.5 accent-[var(--accent)]"
            />
            <span>
              <span className="block text-[13px] font-medium text-foreground">{c.label}</span>
              <span className="block text-xs text-muted">{c.text}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save role"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
