// What the UI shows for a set of pooled score sums: ratio, letter and coverage.
import { coverage, debtRatio, ratingOf, type Rating, type ScoreSums } from "@/lib/domain/scoring/score";
import { formatCoverage } from "@/lib/domain/scoring/format";

export interface ScoreSummary {
  ratio: number | null;
  rating: Rating | null;
  coverage: number | null;
  principalDays: number;
}

/** null sums (never assessed) summarise to no rating and no coverage. */
export function summarizeScore(sums: ScoreSums | null): ScoreSummary {
  if (!sums) return { ratio: null, rating: null, coverage: null, principalDays: 0 };
  const ratio = debtRatio(sums);
  return { ratio, rating: ratingOf(ratio), coverage: coverage(sums), principalDays: sums.principalDays };
}

/** Coverage for a metric cell: the scoring module's rounding (never 100 % while open), "—" when nothing applies. */
export function coverageText(coverage: number | null): string {
  return coverage === null ? "—" : formatCoverage(coverage);
}
