// The rating + ratio pair used in every table row that shows an entity's or team's score.
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatPercent } from "@/lib/domain/format/number";
import { RatingBadge } from "@/components/ui/rating-badge";

export function RatingWithRatio({ sums }: { sums: ScoreSums | null }) {
  const s = summarizeScore(sums);
  if (s.rating === null) return <RatingBadge rating={null} size="sm" />;
  return (
    <span className="inline-flex items-center gap-2">
      <RatingBadge rating={s.rating} size="sm" />
      <span className="w-12 text-right text-muted tabular">{formatPercent(s.ratio, 1)}</span>
    </span>
  );
}
