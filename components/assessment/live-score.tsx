"use client";
// The score the draft would get if submitted now: the debt rating with its coverage, or the ML
// Test Score's section sums, weakest-section score and band. Computed with the same pure rules
// the server uses on submit.
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import { coverage, debtRatio, ratingOf, sumAnswers } from "@/lib/domain/scoring/score";
import { isMlTestSection, mlTestScore, type MlTestSection } from "@/lib/domain/scoring/ml-test-score";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import type { ViewCategory } from "@/lib/server/assessments/get-assessment-view";
import { RatingBadge } from "@/components/ui/rating-badge";
import { MlTestScoreBreakdown } from "./ml-test-score-breakdown";

export function LiveScore({
  rubric,
  categories,
  values,
}: {
  rubric: Rubric;
  categories: ViewCategory[];
  values: Record<string, AnswerValue | undefined>;
}) {
  if (rubric === "ML_TEST_SCORE") return <MlTestScorePanel categories={categories} values={values} />;
  const sums = sumAnswers(
    categories.flatMap((c) =>
      c.items.map((i) => ({ weight: i.weight, remediationDays: i.remediationDays, value: values[i.id] ?? null })),
    ),
  );
  const ratio = debtRatio(sums);
  return (
    <div className="flex items-center gap-3">
      <RatingBadge rating={ratingOf(ratio)} coverage={coverage(sums)} size="lg" />
      <div className="text-xs text-muted">
        <div>
          <span className="font-medium text-foreground tabular">{formatPercent(ratio, 1)}</span> debt ratio
        </div>
        <div>
          <span className="font-medium text-foreground tabular">{formatDays(sums.principalDays)}</span> principal
        </div>
      </div>
    </div>
  );
}

function MlTestScorePanel({
  categories,
  values,
}: {
  categories: ViewCategory[];
  values: Record<string, AnswerValue | undefined>;
}) {
  const answers = categories.flatMap((c) =>
    isMlTestSection(c.key)
      ? c.items.map((i) => ({ section: c.key as MlTestSection, value: values[i.id] ?? null }))
      : [],
  );
  const names = new Map(categories.map((c) => [c.key, c.name]));
  return <MlTestScoreBreakdown result={mlTestScore(answers)} names={names} />;
}
