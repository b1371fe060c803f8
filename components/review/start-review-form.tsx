"use client";
// Start a review: the scope (a team, or the whole organisation for admins), the period's start
// (by default where the scope's last closed review ended, else 30 days ago) and a title.
import { useState } from "react";
import { Play } from "lucide-react";
import { startReviewAction } from "@/lib/server/reviews/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { inputClass, labelClass, primaryButton, selectClass } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";

export interface StartScope {
  teamId: string;
  name: string;
  /** yyyy-mm-dd */
  defaultStart: string;
  continues: boolean;
}

const IDLE: ActionState = { ok: false };

export function StartReviewForm({ scopes }: { scopes: readonly StartScope[] }) {
  const [state, onSubmit, pending] = useFormAction(startReviewAction, IDLE);
  const [teamId, setTeamId] = useState(scopes.find((s) => s.teamId !== "")?.teamId ?? scopes[0]?.teamId ?? "");
  const scope = scopes.find((s) => s.teamId === teamId);
  const [starts, setStarts] = useState<Record<string, string>>({});
  const start = starts[teamId] ?? scope?.defaultStart ?? "";
  const edited = starts[teamId] !== undefined && starts[teamId] !== scope?.defaultStart;
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_11rem_minmax(0,1.3fr)_auto] sm:items-start"
    >
      <div>
        <label htmlFor="review-scope" className={labelClass}>
          Scope
        </label>
        <select
          id="review-scope"
          name="teamId"
          value={teamId}
          onChange={(e) => setTeamId(e.target.value)}
          className={`${selectClass} w-full`}
        >
          {scopes.map((s) => (
            <option key={s.teamId || "org"} value={s.teamId}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="teamId" />
      </div>
      <div>
        <label htmlFor="review-start" className={labelClass}>
          Since
        </label>
        {/* Left empty when unchanged, so the server continues exactly where the last review ended. */}
        <input
          id="review-start"
          type="date"
          value={start}
          onChange={(e) => setStarts({ ...starts, [teamId]: e.target.value })}
          className={inputClass}
        />
        <input type="hidden" name="periodStart" value={edited ? start : ""} />
        <p className="mt-1 text-xs text-muted">
          {scope?.continues && !edited ? "Since the last review" : edited ? "A custom period" : "The last 30 days"}
        </p>
        <FieldError state={state} name="periodStart" />
      </div>
      <div>
        <label htmlFor="review-title" className={labelClass}>
          Title <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id="review-title"
          name="title"
          maxLength={200}
          placeholder={`${scope?.name ?? "Team"} debt review, today`}
          className={inputClass}
        />
        <FieldError state={state} name="title" />
      </div>
      <div className="sm:pt-[26px]">
        <button type="submit" disabled={pending || !scope} className={primaryButton}>
          <Play aria-hidden className="size-3.5" />
          {pending ? "Building agenda…" : "Start review"}
        </button>
      </div>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
