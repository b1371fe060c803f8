// The rating + ratio pair used in every table row that shows an entity's or team's score; with
// `href` the pair links to the items behind it (the "why" page). One class per part (rating-pair,
// rating-ratio, app/globals.css): the pair sits on every row of a team's entity table.
import Link from "next/link";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatPercent } from "@/lib/domain/format/number";
import { RatingBadge } from "@/components/ui/rating-badge";

export function RatingWithRatio({ sums, href }: { sums: ScoreSums | null; href?: string }) {
  const s = summarizeScore(sums);
  if (s.rating === null) return <RatingBadge rating={null} size="sm" />;
  const pair = (
    <>
      <RatingBadge rating={s.rating} size="sm" />
      <span className="rating-ratio">{formatPercent(s.ratio, 1)}</span>
    </>
  );
  if (!href) return <span className="rating-pair">{pair}</span>;
  return (
    <Link href={href} className="rating-pair hover:underline" aria-label={`Why debt rating ${s.rating}: failing items`}>
      {pair}
    </Link>
  );
}
