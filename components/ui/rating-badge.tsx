// A debt rating: the letter on its colour, optionally followed by "· 40 % answered" while the
// assessment is incomplete (the scoring module's convention, lib/domain/scoring/format.ts). The
// letter is always printed, so colour is never the only cue; no rating reads "Not assessed" in
// words, not a dash that could pass for zero.
import clsx from "clsx";
import type { Rating } from "@/lib/domain/scoring/score";
import { formatCoverage, formatRating } from "@/lib/domain/scoring/format";

/** The letter's colours, one class each (app/globals.css): a rating sits on every table row. */
const TONE: Record<Rating, string> = {
  A: "rating-a",
  B: "rating-b",
  C: "rating-c",
  D: "rating-d",
  E: "rating-e",
};

const SIZE = {
  sm: { box: "rating-sm", none: "h-5 px-1.5 text-[11px] rounded" },
  md: { box: "size-6 rounded-md text-xs", none: "h-6 px-2 text-xs rounded-md" },
  lg: { box: "size-11 rounded-lg text-xl", none: "h-11 px-3 text-sm rounded-lg" },
  xl: { box: "size-16 rounded-xl text-3xl", none: "h-16 px-4 text-sm rounded-xl" },
} as const;

export interface RatingBadgeProps {
  rating: Rating | null;
  /** Share of applicable items answered; when given and below 100 %, shown after the letter. */
  coverage?: number | null;
  size?: keyof typeof SIZE;
  className?: string;
}

export function RatingBadge({ rating, coverage, size = "md", className }: RatingBadgeProps) {
  if (rating === null) {
    return (
      <span
        className={clsx(
          "inline-flex shrink-0 items-center border border-dashed border-border-strong font-medium whitespace-nowrap text-muted",
          SIZE[size].none,
          className,
        )}
      >
        Not assessed
      </span>
    );
  }
  const label = `Debt rating ${formatRating(rating, coverage ?? null)}`;
  const open = coverage !== undefined && coverage !== null && coverage < 1;
  // The letter's box alone when nothing follows it: one element on every table row.
  if (!open) {
    return (
      <span
        role="img"
        aria-label={label}
        title={label}
        className={clsx("rating-box", SIZE[size].box, TONE[rating], className)}
      >
        {rating}
      </span>
    );
  }
  return (
    <span className={clsx("rating-badge", className)} title={label}>
      <span
        role="img"
        aria-label={label}
        className={clsx(
          "rating-box", // app/globals.css: the letter's box, one class on every table row
          SIZE[size].box,
          TONE[rating],
        )}
      >
        {rating}
      </span>
      <span aria-hidden className="text-xs text-muted tabular">
        · {formatCoverage(coverage)} answered
      </span>
    </span>
  );
}
