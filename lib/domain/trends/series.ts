// Trend points as chart rows: ratio and coverage worked out from the pooled sums of each point
// (never averaged), principal as recorded. Pure, so the card and the tests share it.
import { coverage, debtRatio, type ScoreSums } from "@/lib/domain/scoring/score";

// A type alias, not an interface: chart rows must be assignable to Record<string, …>.
export type TrendRow = {
  day: string;
  ratio: number | null;
  coverage: number | null;
  principal: number;
  entities: number;
};

export function toTrendRows(points: readonly { day: string; sums: ScoreSums; entityCount: number }[]): TrendRow[] {
  return points.map((p) => ({
    day: p.day,
    ratio: debtRatio(p.sums),
    coverage: coverage(p.sums),
    principal: p.sums.principalDays,
    entities: p.entityCount,
  }));
}
