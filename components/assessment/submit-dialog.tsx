"use client";
// What submitting will do, before it is done: how many questions are answered and open, the
// rating and principal now → after (the ML Test Score's score for that rubric), whose draft it
// is. With questions open it asks to confirm ("Submit with 3 unanswered", focus on "Keep
// answering"); with none, Enter submits (the opener focuses the button marked data-initial-focus). The figures come from the same pure rules as the
// entity page's "submitted" message (lib/domain/scoring/score-change.ts), so the two agree.
import { forwardRef } from "react";
import { TriangleAlert } from "lucide-react";
import type { Rubric } from "@/lib/domain/kinds";
import type { SubmitSummary } from "@/lib/domain/scoring/score-change";
import { RatingBadge } from "@/components/ui/rating-badge";
import { primaryButton, secondaryButton } from "@/components/ui/controls";

export interface SubmitDialogProps {
  rubric: Rubric;
  /** The number the submission will get. */
  seq: number;
  summary: SubmitSummary;
  /** ML Test Score rubric: "2 → 3.5". */
  mlScoreText: string | null;
  /** Reviewing a member's draft: the author's name (the viewer becomes the submitter). */
  author: string | null;
  onConfirm: () => void;
  onFirstUnanswered: () => void;
  onClose: () => void;
}

export const SubmitDialog = forwardRef<HTMLDialogElement, SubmitDialogProps>(function SubmitDialog(
  { rubric, seq, summary, mlScoreText, author, onConfirm, onFirstUnanswered, onClose },
  ref,
) {
  const { answered, unanswered, total, change } = summary;
  const open = unanswered > 0;
  return (
    <dialog
      ref={ref}
      aria-labelledby="submit-dialog-title"
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-xl border border-border bg-surface p-0 text-left text-foreground shadow-xl backdrop:bg-foreground/30"
    >
      <div className="space-y-4 p-5">
        <h2 id="submit-dialog-title" className="text-base font-semibold">
          Submit assessment #{seq}?
        </h2>
        <p className="text-[13px] text-muted">
          <span className="font-medium text-foreground tabular">
            {answered} of {total} answered
          </span>
          {author ? (
            <>
              {" "}
              · written by <span className="font-medium text-foreground">{author}</span>, submitted by you
            </>
          ) : null}
        </p>
        {open ? (
          <div className="flex items-start gap-2 rounded-lg border border-border-strong bg-surface-muted px-3 py-2 text-[13px] text-foreground">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-[var(--rating-d)]" />
            <p>
              <span className="font-medium">{unanswered} unanswered.</span>{" "}
              {rubric === "DEBT"
                ? "They do not count toward the rating and lower its coverage."
                : "They earn no points."}{" "}
              <button type="button" onClick={onFirstUnanswered} className="font-medium underline underline-offset-2">
                Go to the first
              </button>
            </p>
          </div>
        ) : null}
        {rubric === "DEBT" ? (
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-3 text-[13px]">
            <dt className="text-muted">Rating</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <RatingBadge rating={change.rating.before} size="md" />
              <span aria-hidden>→</span>
              <RatingBadge rating={change.rating.after} size="md" />
              <span className="sr-only" data-testid="summary-rating">
                {change.ratingText}
              </span>
            </dd>
            <dt className="text-muted">Principal</dt>
            <dd className="font-medium tabular" data-testid="summary-principal">
              {change.principalText}
            </dd>
          </dl>
        ) : (
          <p className="text-[13px]">
            <span className="text-muted">Score</span>{" "}
            <span className="font-medium tabular" data-testid="summary-score">
              {mlScoreText}
            </span>
          </p>
        )}
        <div className="flex flex-wrap gap-2 pt-1">
          <button
            type="button"
            onClick={onConfirm}
            className={primaryButton}
            data-initial-focus={open ? undefined : ""}
          >
            {open ? `Submit with ${unanswered} unanswered` : "Submit"}
          </button>
          <button
            type="button"
            onClick={onClose}
            className={secondaryButton}
            data-initial-focus={open ? "" : undefined}
          >
            Keep answering
          </button>
        </div>
      </div>
    </dialog>
  );
});
