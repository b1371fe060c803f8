"use client";
// An admin lets status badges load without a token (for READMEs and wikis outside debtboard).
import { useState } from "react";
import { useFormAction } from "@/components/settings/use-form-action";
import { FormMessage } from "@/components/settings/form-message";
import { savePublicBadges } from "@/lib/server/gates/actions";
import { primaryButton } from "@/components/ui/controls";

export function PublicBadgesForm({ enabled }: { enabled: boolean }) {
  const [state, onSubmit, pending] = useFormAction(savePublicBadges, { ok: false });
  const [value, setValue] = useState(enabled);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="enabled" value={String(value)} />
      <label className="flex items-center gap-2 text-[13px] text-foreground">
        <input
          type="checkbox"
          checked={value}
          onChange={(e) => setValue(e.target.checked)}
          className="size-4 accent-[var(--accent)]"
        />
        Serve badges without a token
      </label>
      <button type="submit" disabled={pending || value === enabled} className={`${primaryButton} h-8`}>
        {pending ? "Saving…" : "Save"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
