// "What gets us to B": the fewest failing or partial answers whose fix lifts the score to the
// next rating (and to the target, when one is set and further), with the days it costs
// (lib/domain/scoring/path-to-rating.ts, docs/scoring.md §12).
import { Route } from "lucide-react";
import type { RatingPath } from "@/lib/domain/scoring/path-to-rating";
import type { Rating } from "@/lib/domain/scoring/score";
import type { DebtItem } from "@/lib/server/scorecards/list-debt-items";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import { pluralize } from "@/lib/domain/format/labels";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RatingBadge } from "@/components/ui/rating-badge";

export interface PathGoal {
  label: string;
  target: Rating;
  path: RatingPath<DebtItem> | null;
}

export function RatingPathCard({
  rating,
  goals,
  showEntity,
}: {
  rating: Rating | null;
  goals: readonly PathGoal[];
  showEntity: boolean;
}) {
  return (
    <Card>
      <CardHeader
        title="What gets this to a better rating"
        description="The fewest failing or partial items whose fix (answered pass next time) reaches the rating, and the days they take."
      />
      <CardBody className="space-y-4">
        {rating === null ? (
          <p className="text-[13px] text-muted">No rating yet: submit a debt assessment first.</p>
        ) : goals.length === 0 ? (
          <p className="flex items-center gap-2 text-[13px] text-muted">
            <RatingBadge rating={rating} size="sm" /> A is the best rating; nothing to reach.
          </p>
        ) : (
          goals.map((g) => (
            <section key={g.label} aria-label={g.label}>
              <h3 className="flex items-center gap-2 text-[13px] font-medium text-foreground">
                <Route aria-hidden className="size-4 text-subtle" />
                {g.label}
                <RatingBadge rating={rating} size="sm" />
                <span aria-hidden className="text-subtle">
                  →
                </span>
                <RatingBadge rating={g.target} size="sm" />
              </h3>
              {g.path === null ? (
                <p className="mt-1 text-[13px] text-muted">Fixing every failing and partial item would not reach it.</p>
              ) : g.path.items.length === 0 ? (
                <p className="mt-1 text-[13px] text-muted">Already there.</p>
              ) : (
                <>
                  <p className="mt-1 text-[13px] text-muted">
                    Fix <strong className="text-foreground">{pluralize(g.path.items.length, "item")}</strong> for{" "}
                    <strong className="text-foreground">{formatDays(g.path.days)}</strong>: the ratio falls to{" "}
                    {formatPercent(g.path.ratioAfter, 1)} ({g.path.ratingAfter}).
                  </p>
                  <ol className="mt-2 space-y-1 text-[13px]">
                    {g.path.items.slice(0, 12).map((it) => (
                      <li
                        key={`${it.entity.kind}:${it.entity.name}:${it.itemKey}`}
                        className="flex items-baseline justify-between gap-3 border-b border-border/60 pb-1 last:border-0"
                      >
                        <span className="min-w-0">
                          {showEntity ? (
                            <span className="mr-1.5 font-mono text-xs text-muted">{it.entity.name}</span>
                          ) : null}
                          <span className="text-foreground">{it.question}</span>
                        </span>
                        <span className="shrink-0 text-muted tabular">{formatDays(it.principalDays)}</span>
                      </li>
                    ))}
                  </ol>
                  {g.path.items.length > 12 ? (
                    <p className="mt-1 text-xs text-subtle">
                      and {pluralize(g.path.items.length - 12, "more item")}, flagged “on the path” in the table below.
                    </p>
                  ) : null}
                </>
              )}
            </section>
          ))
        )}
      </CardBody>
    </Card>
  );
}
