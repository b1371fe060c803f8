"use client";
// An admin gives a team its own target for one lifecycle. It starts from "no override" (version
// 0): if the team has one already, the save is refused and says so, and the table above has it.
import { useState } from "react";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { saveRatingTarget } from "@/lib/server/gates/actions";
import { labelClass, primaryButton, selectClass } from "@/components/ui/controls";

export function AddOverrideForm({
  teams,
  lifecycles,
}: {
  teams: readonly { slug: string; name: string }[];
  lifecycles: readonly { value: string; label: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(saveRatingTarget, { ok: false });
  const [team, setTeam] = useState(teams[0]?.slug ?? "");
  const [lifecycle, setLifecycle] = useState(lifecycles[0]?.value ?? "PRODUCTION");
  const [rating, setRating] = useState("B");
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="expectedVersion" value={0} />
      <div>
        <label htmlFor="override-team" className={labelClass}>
          Team
        </label>
        <select
          id="override-team"
          name="team"
          value={team}
          onChange={(e) => setTeam(e.target.value)}
          className={`${selectClass} w-48`}
        >
          {teams.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="team" />
      </div>
      <div>
        <label htmlFor="override-lifecycle" className={labelClass}>
          Lifecycle
        </label>
        <select
          id="override-lifecycle"
          name="lifecycle"
          value={lifecycle}
          onChange={(e) => setLifecycle(e.target.value)}
          className={`${selectClass} w-40`}
        >
          {lifecycles.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="override-rating" className={labelClass}>
          Target
        </label>
        <select
          id="override-rating"
          name="rating"
          value={rating}
          onChange={(e) => setRating(e.target.value)}
          className={`${selectClass} w-40`}
        >
          {["A", "B", "C", "D", "E"].map((l) => (
            <option key={l} value={l}>
              {l} or better
            </option>
          ))}
          <option value="none">No gate</option>
        </select>
        <FieldError state={state} name="rating" />
      </div>
      <button type="submit" disabled={pending || !team} className={primaryButton}>
        {pending ? "Saving…" : "Add override"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
