// How many entities sit at each letter, as one stacked bar and a legend with counts.
import { RATINGS, type Rating } from "@/lib/domain/scoring/score";
import { formatCount } from "@/lib/domain/format/number";
import { RatingBadge } from "@/components/ui/rating-badge";

const BAR: Record<Rating, string> = {
  A: "bg-[var(--rating-a)]",
  B: "bg-[var(--rating-b)]",
  C: "bg-[var(--rating-c)]",
  D: "bg-[var(--rating-d)]",
  E: "bg-[var(--rating-e)]",
};

export function RatingDistribution({ counts }: { counts: Record<Rating, number> }) {
  const total = RATINGS.reduce((n, r) => n + counts[r], 0);
  if (total === 0) return <p className="text-[13px] text-muted">No entity has a submitted assessment yet.</p>;
  return (
    <div>
      <div
        className="flex h-2.5 w-full gap-0.5 overflow-hidden rounded-full"
        role="img"
        aria-label={RATINGS.map((r) => `${r}: ${counts[r]}`).join(", ")}
      >
        {RATINGS.filter((r) => counts[r] > 0).map((r) => (
          <div key={r} className={BAR[r]} style={{ width: `${(counts[r] / total) * 100}%` }} />
        ))}
      </div>
      <ul className="mt-3 grid grid-cols-5 gap-2">
        {RATINGS.map((r) => (
          <li key={r} className="flex items-center gap-1.5 text-[13px]">
            <RatingBadge rating={r} size="sm" />
            <span className="font-medium text-foreground tabular">{formatCount(counts[r])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
