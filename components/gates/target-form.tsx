"use client";
// An admin sets one target rating: a lifecycle's for the organisation, or a team's override. The
// form carries the version it showed, so a change someone made meanwhile is refused and named.
import { useState } from "react";
import { useFormAction } from "@/components/settings/use-form-action";
import { FormMessage } from "@/components/settings/form-message";
import { saveRatingTarget } from "@/lib/server/gates/actions";
import { primaryButton, selectClass } from "@/components/ui/controls";

const LETTERS = ["A", "B", "C", "D", "E"] as const;

export interface TargetFormProps {
  lifecycle: string;
  lifecycleLabel: string;
  /** A team's slug for its override; null = the organisation's target. */
  team: string | null;
  /** The letter in force, "none" for no gate, "inherit" for a team without an override. */
  current: string;
  version: number;
}

export function TargetForm({ lifecycle, lifecycleLabel, team, current, version }: TargetFormProps) {
  const [state, onSubmit, pending] = useFormAction(saveRatingTarget, { ok: false });
  const [value, setValue] = useState(current);
  const id = `target-${team ?? "org"}-${lifecycle}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="lifecycle" value={lifecycle} />
      <input type="hidden" name="team" value={team ?? ""} />
      <input type="hidden" name="expectedVersion" value={version} />
      <label htmlFor={id} className="sr-only">
        {team ? `${team}: target for ${lifecycleLabel}` : `Organisation target for ${lifecycleLabel}`}
      </label>
      <select
        id={id}
        name="rating"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className={`${selectClass} h-8 w-44`}
      >
        {LETTERS.map((l) => (
          <option key={l} value={l}>
            {l} or better
          </option>
        ))}
        <option value="none">No gate</option>
        {team ? <option value="inherit">Organisation&apos;s target</option> : null}
      </select>
      <button type="submit" disabled={pending || value === current} className={`${primaryButton} h-8`}>
        {pending ? "Saving…" : "Save"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
