"use client";
// Close the review: its agenda, notes and action items are frozen in a snapshot. Names the
// version the page showed, so a second close (another tab, a colleague) is refused cleanly.
import { Lock } from "lucide-react";
import { closeReviewAction } from "@/lib/server/reviews/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FormMessage } from "@/components/settings/form-message";
import { primaryButton } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";

const IDLE: ActionState = { ok: false };

export function CloseReviewForm({ reviewId, version }: { reviewId: string; version: number }) {
  const [state, onSubmit, pending] = useFormAction(closeReviewAction, IDLE);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={primaryButton}>
        <Lock aria-hidden className="size-3.5" />
        {pending ? "Closing…" : "Close review"}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
