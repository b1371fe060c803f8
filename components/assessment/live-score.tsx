"use client";
// The score the draft would get if submitted now: the debt rating with its coverage, or the ML
// Test Score's section sums, weakest-section score and band. Computed with the same pure rules
// the server uses on submit.
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import { coverage, debtRatio, ratingOf, sumAnswers } from "@/lib/domain/scoring/score";
import {
  ML_TEST_SECTIONS,
  ML_TEST_SECTION_MAX,
  isMlTestSection,
  mlTestBand,
  mlTestScore,
} from "@/lib/domain/scoring/ml-test-score";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import type { ViewCategory } from "@/lib/server/assessments/get-assessment-view";
import { RatingBadge } from "@/components/ui/rating-badge";

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
      ? c.items.map((i) => ({ section: c.key as (typeof ML_TEST_SECTIONS)[number], value: values[i.id] ?? null }))
      : [],
  );
  const result = mlTestScore(answers);
  const band = mlTestBand(result.score);
  const names = new Map(categories.map((c) => [c.key, c.name]));
  return (
    <div>
      <div className="flex items-baseline gap-2">
        <span className="text-3xl font-semibold tracking-tight tabular" data-testid="ml-test-score">
          {result.score}
        </span>
        <span className="text-xs text-muted">
          of {ML_TEST_SECTION_MAX} · {band.label}
        </span>
      </div>
      <p className="mt-1 text-xs text-muted">{band.meaning}</p>
      <dl className="mt-3 space-y-1.5">
        {ML_TEST_SECTIONS.map((s) => {
          const v = result.sections[s];
          const weakest = v === result.score;
          return (
            <div key={s} className="text-xs">
              <div className="flex justify-between">
                <dt className={weakest ? "font-medium text-foreground" : "text-muted"}>
                  {names.get(s) ?? s}
                  {weakest ? " · weakest" : ""}
                </dt>
                <dd className="tabular">
                  {v} / {ML_TEST_SECTION_MAX}
                </dd>
              </div>
              <div className="mt-0.5 h-1.5 rounded-full bg-surface-hover" aria-hidden>
                <div
                  className={weakest ? "h-full rounded-full bg-danger" : "h-full rounded-full bg-accent"}
                  style={{ width: `${(v / ML_TEST_SECTION_MAX) * 100}%` }}
                />
              </div>
            </div>
          );
        })}
      </dl>
      <p className="mt-3 text-[11px] text-subtle">
        The score is the weakest section’s: a model is only as ready as its least-tested part.
      </p>
    </div>
  );
}
