"use client";
// Close the review (after a confirmation: its agenda, notes and action items are frozen in a
// snapshot), or reopen a closed one. Both name the version the page showed, so a second close or
// reopen (another tab, a colleague) is refused cleanly.
import { Lock, LockOpen } from "lucide-react";
import { closeReviewAction, reopenReviewAction } from "@/lib/server/reviews/actions";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { secondaryButton } from "@/components/ui/controls";

export function CloseReviewForm({
  reviewId,
  version,
  notes,
  actionItems,
}: {
  reviewId: string;
  version: number;
  notes: number;
  actionItems: number;
}) {
  return (
    <ConfirmActionForm
      action={closeReviewAction}
      fields={{ reviewId, version }}
      trigger={
        <>
          <Lock aria-hidden className="size-3.5" /> Close review
        </>
      }
      title="Close this review?"
      body={
        <>
          <p>
            Its agenda, {notes} {notes === 1 ? "note" : "notes"} and {actionItems}{" "}
            {actionItems === 1 ? "action item" : "action items"} are frozen as they stand now, and the next review of
            this scope starts from here.
          </p>
          <p>A maintainer can reopen it until the next review starts.</p>
        </>
      }
      confirm="Close review"
      pendingLabel="Closing…"
    />
  );
}

export function ReopenReviewForm({ reviewId, version }: { reviewId: string; version: number }) {
  return (
    <ConfirmActionForm
      action={reopenReviewAction}
      fields={{ reviewId, version }}
      triggerClassName={`${secondaryButton} h-8 px-2.5 text-xs`}
      trigger={
        <>
          <LockOpen aria-hidden className="size-3.5" /> Reopen
        </>
      }
      title="Reopen this review?"
      body={
        <p>
          It becomes editable again: notes, decisions and action items can be added, and it has to be closed again to
          freeze it. The reopening is recorded in the audit log.
        </p>
      }
      confirm="Reopen review"
      pendingLabel="Reopening…"
    />
  );
}
