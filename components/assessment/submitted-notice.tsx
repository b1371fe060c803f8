// After a submit: what it changed, read back from the stored rows (so a reload says the same):
// "Assessment #12 submitted: rating B → C, principal 12 d → 15 d (+3 d)", with who wrote and who
// submitted it when those differ. The words come from lib/domain/scoring/score-change.ts, as in
// the checklist's submit summary.
import Link from "next/link";
import { CircleCheck, X } from "lucide-react";
import type { Rubric } from "@/lib/domain/kinds";
import { mlTestScoreOf } from "@/lib/domain/scoring/ml-test-score";
import { mlTestScoreChangeText, scoreChange } from "@/lib/domain/scoring/score-change";
import { getSubmissionChange, type SubmissionSide } from "@/lib/server/assessments/get-submission-change";

const mlScore = (side: SubmissionSide) => mlTestScoreOf(side.answers).score;

export async function SubmittedNotice({
  entityId,
  rubric,
  seq,
  closeHref,
}: {
  entityId: string;
  rubric: Rubric;
  seq: number;
  /** The page without ?submitted. */
  closeHref: string;
}) {
  const change = await getSubmissionChange({ entityId, rubric, seq });
  if (!change) return null;
  const { before, after } = change;
  let what: string;
  if (rubric === "DEBT") {
    const c = scoreChange(before?.sums ?? null, after.sums);
    what = `rating ${c.ratingText}, principal ${c.principalText}`;
  } else {
    what = `score ${mlTestScoreChangeText(before ? mlScore(before) : null, mlScore(after))}`;
  }
  return (
    <div
      role="status"
      className="mb-5 flex items-start gap-3 rounded-xl border border-success/25 bg-success-soft px-4 py-3 text-[13px] text-foreground"
    >
      <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
      <p className="min-w-0 flex-1">
        <span className="font-semibold">
          {rubric === "DEBT" ? "Assessment" : "ML Test Score assessment"} #{seq} submitted:
        </span>{" "}
        {what}.
        {after.submittedBy ? (
          <span className="text-muted">
            {" "}
            Written by {after.author ?? "a former member"}, submitted by {after.submittedBy}.
          </span>
        ) : null}
      </p>
      <Link
        href={closeHref}
        aria-label="Dismiss"
        className="inline-flex size-6 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-hover"
      >
        <X aria-hidden className="size-4" />
      </Link>
    </div>
  );
}
