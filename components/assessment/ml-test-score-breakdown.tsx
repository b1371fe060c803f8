// An ML Test Score shown whole: the final score (the weakest section's), its band, and the four
// section sums as bars with the weakest marked. Used by the assess page's live score, the entity
// page and the team scorecard (docs/scoring.md §9).
import {
  ML_TEST_SECTION_LABELS,
  ML_TEST_SECTION_MAX,
  ML_TEST_SECTIONS,
  mlTestBand,
  type MlTestResult,
  type MlTestSection,
} from "@/lib/domain/scoring/ml-test-score";

export function MlTestScoreBreakdown({
  result,
  names,
  compact = false,
}: {
  result: MlTestResult;
  /** Section names to show; the short labels by default. */
  names?: ReadonlyMap<string, string>;
  compact?: boolean;
}) {
  const band = mlTestBand(result.score);
  const label = (s: MlTestSection) => names?.get(s) ?? ML_TEST_SECTION_LABELS[s];
  return (
    <div>
      <div className="flex items-baseline gap-2">
        <span
          className={compact ? "text-xl font-semibold tabular" : "text-3xl font-semibold tracking-tight tabular"}
          data-testid="ml-test-score"
        >
          {result.score}
        </span>
        <span className="text-xs text-muted">
          of {ML_TEST_SECTION_MAX} · <span data-testid="ml-test-band">{band.label}</span>
        </span>
      </div>
      {compact ? null : <p className="mt-1 text-xs text-muted">{band.meaning}</p>}
      <dl className="mt-3 space-y-1.5">
        {ML_TEST_SECTIONS.map((s) => {
          const v = result.sections[s];
          const weakest = v === result.score;
          return (
            <div key={s} className="text-xs">
              <div className="flex justify-between gap-2">
                <dt className={weakest ? "font-medium text-foreground" : "text-muted"}>
                  {label(s)}
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
