// What each answer is called on each rubric. The ML Test Score awards points for automation,
// so its words say how a test is run, not whether a practice is in place.
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";

export const ANSWER_ORDER: readonly AnswerValue[] = ["PASS", "PARTIAL", "FAIL", "NA"];

export const ANSWER_LABELS: Record<Rubric, Record<AnswerValue, string>> = {
  DEBT: { PASS: "Pass", PARTIAL: "Partial", FAIL: "Fail", NA: "N/A" },
  ML_TEST_SCORE: { PASS: "Automated", PARTIAL: "Manual", FAIL: "Not done", NA: "N/A" },
};

/** Selected-state colours: debt in the rating palette's ends, n/a neutral. */
export const ANSWER_TONE: Record<AnswerValue, string> = {
  PASS: "peer-checked:bg-success peer-checked:text-surface peer-checked:border-success",
  PARTIAL:
    "peer-checked:bg-[var(--rating-d)] peer-checked:text-[var(--rating-d-fg)] peer-checked:border-[var(--rating-d)]",
  FAIL: "peer-checked:bg-danger peer-checked:text-surface peer-checked:border-danger",
  NA: "peer-checked:bg-foreground/70 peer-checked:text-surface peer-checked:border-foreground/70",
};
