"use client";
// For a drafter who may not submit (a team member): hand the draft to the team's maintainers.
// "Mark ready for review" saves what is pending first, then marks it; the maintainers can then
// open it from the entity page, change answers and submit it (both names are recorded). The
// author may keep editing, or withdraw it.
import { useState } from "react";
import { Send, Undo2 } from "lucide-react";
import { formatRelative } from "@/lib/domain/format/date";
import { markDraftReady } from "@/lib/server/assessments/actions";
import { primaryButton, secondaryButton } from "@/components/ui/controls";

export interface ReviewHandoffProps {
  draftId: string;
  teamName: string | null;
  /** ISO time the draft was marked ready; null while it is the author's alone. */
  initialReadyAt: string | null;
  /** Saves pending answers; false when they could not be saved. */
  flush: () => Promise<boolean>;
  versionRef: { current: number };
  disabled: boolean;
}

export function ReviewHandoff({ draftId, teamName, initialReadyAt, flush, versionRef, disabled }: ReviewHandoffProps) {
  const [readyAt, setReadyAt] = useState(initialReadyAt);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const maintainers = `maintainers of ${teamName ?? "the owning team"}`;

  const toggle = async (ready: boolean) => {
    setPending(true);
    setError(null);
    if (!(await flush())) {
      setPending(false);
      setError("Your latest answers are not saved yet, so nothing changed. See the message above.");
      return;
    }
    const form = new FormData();
    form.set("assessmentId", draftId);
    form.set("version", String(versionRef.current));
    form.set("ready", String(ready));
    const state = await markDraftReady(form);
    setPending(false);
    if (state.ok && state.data) {
      versionRef.current = state.data.version;
      setReadyAt(state.data.readyForReviewAt ? new Date(state.data.readyForReviewAt).toISOString() : null);
    } else setError(state.message ?? "That did not work.");
  };

  return (
    <div className="space-y-2">
      {readyAt ? (
        <>
          <p role="status" className="rounded-md bg-accent-soft px-3 py-2 text-xs text-foreground">
            <span className="font-medium">Ready for review</span>, marked{" "}
            <span suppressHydrationWarning>{formatRelative(new Date(readyAt), new Date())}</span>. The {maintainers} can
            open it, change answers and submit it; you can keep editing.
          </p>
          <button
            type="button"
            onClick={() => void toggle(false)}
            disabled={pending || disabled}
            className={`${secondaryButton} w-full`}
          >
            <Undo2 aria-hidden className="size-4" />
            Withdraw from review
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            onClick={() => void toggle(true)}
            disabled={pending || disabled}
            className={`${primaryButton} w-full`}
          >
            <Send aria-hidden className="size-4" />
            {pending ? "Saving…" : "Mark ready for review"}
          </button>
          <p className="text-xs text-muted">
            Your draft is saved. When it is ready, the {maintainers} review and submit it; only submitted assessments
            change the score.
          </p>
        </>
      )}
      {error ? (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
