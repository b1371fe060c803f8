import { UNIT_SPACE } from "@/lib/domain/format/number";
import type { Rating } from "./score";

/**
 * Shown instead of a letter when nothing has been answered. Words rather than a dash: a dash
 * reads as zero, loading or an error, and screen readers announce it as nothing useful.
 */
export const NOT_ASSESSED = "not assessed";

/**
 * Whole percent, rounded down so an incomplete assessment never shows 100 %, and at least 1
 * when anything is answered so it never shows 0 % beside a letter. A narrow no-break space
 * before the sign, as everywhere else in the dashboard, so "40 %" never wraps apart.
 */
export function formatCoverage(coverage: number): string {
  const pct = coverage > 0 ? Math.max(1, Math.floor(coverage * 100 + 1e-9)) : 0;
  return `${Math.min(pct, 100)}${UNIT_SPACE}%`;
}

/**
 * "C" when every applicable item is answered, "C · 40 % answered" when some are still open
 * (the letter is then only as good as the answers behind it), "not assessed" without a rating.
 * A null coverage (nothing applies) with a rating cannot come out of sumAnswers; it is shown as
 * complete.
 */
export function formatRating(rating: Rating | null, coverage: number | null): string {
  if (rating === null) return NOT_ASSESSED;
  if (coverage === null || coverage >= 1) return rating;
  return `${rating} · ${formatCoverage(coverage)} answered`;
}
