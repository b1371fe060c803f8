// "Why is this a C?": a rating's failing and partial items (note, evidence, weight, days, most
// principal first), its per-category breakdown (each category opens its own items), and the
// fewest fixes that reach the next rating. One view for an entity, a team or the organisation.
import Link from "next/link";
import { connection } from "next/server";
import { teamHref } from "@/lib/domain/format/dashboard-params";
import { ListChecks } from "lucide-react";
import type { EntityKind } from "@/lib/domain/kinds";
import type { Rating, ScoreSums } from "@/lib/domain/scoring/score";
import { meetsRating, nextRating, pathToRating } from "@/lib/domain/scoring/path-to-rating";
import { evaluateGates } from "@/lib/server/gates/evaluate-gates";
import { summarizeScore, coverageText } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatPercent } from "@/lib/domain/format/number";
import { whyHref, type WhyScope } from "@/lib/domain/format/scorecard-links";
import { listDebtItems, type DebtItem } from "@/lib/server/scorecards/list-debt-items";
import { getEntityBreakdown } from "@/lib/server/scorecards/get-entity-breakdown";
import { listCategoryScores } from "@/lib/server/dashboards/list-category-scores";
import { getOrgScore } from "@/lib/server/dashboards/get-org-score";
import { listDebtCategories } from "@/lib/server/dashboards/list-category-heatmaps";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Skeleton } from "@/components/ui/skeleton";
import { CategoryBreakdownTable, type BreakdownRow } from "./category-breakdown";
import { DebtItemsTable, debtItemKey } from "./debt-items-table";
import { RatingPathCard, type PathGoal } from "./rating-path-card";

/** Rows shown in the table; the path is computed from all of them. */
export const WHY_TABLE_ROWS = 200;

export type WhySubject =
  | { kind: "entity"; id: string; entityKind: EntityKind; name: string }
  | { kind: "team"; id: string; slug: string; name: string; sums: ScoreSums | null }
  | { kind: "org" };

export async function WhyView({ subject, category }: { subject: WhySubject; category: string }) {
  await connection();
  const scope: WhyScope =
    subject.kind === "entity"
      ? { entity: { kind: subject.entityKind, name: subject.name } }
      : subject.kind === "team"
        ? { teamSlug: subject.slug }
        : { org: true };
  const { overall, rows } = await loadBreakdown(subject);
  const selected = rows.find((r) => r.key === category) ?? null;
  const categoryKey = selected?.key;
  // The organisation's items can run to many thousands: its table is capped and it gets no path.
  const debt = await listDebtItems({
    entityId: subject.kind === "entity" ? subject.id : undefined,
    teamId: subject.kind === "team" ? subject.id : undefined,
    categoryKey,
    limit: subject.kind === "org" ? WHY_TABLE_ROWS : undefined,
  });
  const sums = selected ? selected.sums : overall;
  const s = summarizeScore(sums && sums.totalWeight > 0 ? sums : null);
  const target = subject.kind === "org" ? null : await targetOf(subject);
  const goals = subject.kind === "org" ? null : pathGoals(sums, s.rating, debt.items, target);
  const inPath = new Set((goals ?? []).flatMap((g) => g.path?.items.map(debtItemKey) ?? []));
  const scopeLabel = selected ? `${selected.name}` : "All categories";
  return (
    <div className="space-y-5">
      <div className="grid gap-5 lg:grid-cols-5 lg:items-start">
        <Card className="lg:col-span-3">
          <CardHeader
            title={selected ? `Debt in ${selected.name}` : "Debt rating"}
            description={
              subject.kind === "entity"
                ? "From the entity's latest submitted debt assessment."
                : "Pooled from each active entity's latest submitted debt assessment."
            }
          />
          <CardBody>
            <div className="flex flex-wrap items-center gap-x-8 gap-y-4">
              <div className="flex items-center gap-4">
                <RatingBadge rating={s.rating} size="lg" />
                <div>
                  <div className="text-2xl font-semibold tracking-tight tabular">{formatPercent(s.ratio, 1)}</div>
                  <div className="text-xs text-muted">debt ratio</div>
                </div>
              </div>
              <dl className="grid flex-1 grid-cols-3 gap-4 text-[13px]">
                <div>
                  <dt className="text-xs text-muted">Principal</dt>
                  <dd className="mt-0.5 font-medium tabular">{s.rating ? formatDays(s.principalDays) : "—"}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">Failing or partial</dt>
                  <dd className="mt-0.5 font-medium tabular">{formatCount(debt.total)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">Coverage</dt>
                  <dd className="mt-0.5 font-medium tabular">{selected ? "—" : coverageText(s.coverage)}</dd>
                </div>
              </dl>
            </div>
            <p className="mt-4 border-t border-border pt-3 text-xs text-muted">
              Ratio = Σ weight × debt ÷ Σ weight of the answered items (fail 1, partial ½); principal = Σ days × debt.
              The items below hold all of the debt: their principal adds up to {formatDays(debt.totalPrincipal)}.
            </p>
          </CardBody>
        </Card>
        <div className="lg:col-span-2">
          {goals ? <RatingPathCard rating={s.rating} goals={goals} showEntity={subject.kind !== "entity"} /> : null}
        </div>
      </div>
      <Card>
        <CardHeader
          title="By category"
          description={
            selected ? (
              <>
                Showing {selected.name}.{" "}
                <Link href={whyHref(scope)} className="text-accent underline underline-offset-2">
                  Show all categories
                </Link>
                {subject.kind === "team" ? (
                  <>
                    {" · "}
                    <Link
                      href={teamHref(subject.slug, { category: selected.key })}
                      className="text-accent underline underline-offset-2"
                    >
                      The team&apos;s hotspots in {selected.name}
                    </Link>
                  </>
                ) : null}
              </>
            ) : (
              "Open a category to see only its items."
            )
          }
        />
        <CategoryBreakdownTable rows={rows} hrefOf={(key) => whyHref(scope, key)} current={categoryKey} />
      </Card>
      <Card>
        <CardHeader
          title={`Failing and partial items · ${scopeLabel}`}
          description={
            debt.total > WHY_TABLE_ROWS
              ? `The ${formatCount(WHY_TABLE_ROWS)} with the most principal of ${formatCount(debt.total)}, most principal first.`
              : "Most principal first. Each links to the submitted assessment it comes from."
          }
        />
        {debt.items.length === 0 ? (
          <EmptyState
            icon={ListChecks}
            title={s.rating === null ? "Nothing assessed here yet" : "No failing or partial answers"}
            description={
              s.rating === null
                ? "Ratings and their items appear once a debt assessment is submitted."
                : "Every answered item passes: the debt ratio is 0 %."
            }
          />
        ) : (
          <DebtItemsTable
            items={debt.items.slice(0, WHY_TABLE_ROWS)}
            showEntity={subject.kind !== "entity"}
            inPath={inPath}
          />
        )}
      </Card>
    </div>
  );
}

function pathGoals(
  sums: ScoreSums | null,
  rating: Rating | null,
  items: DebtItem[],
  target: Rating | null,
): PathGoal[] {
  if (!sums || rating === null) return [];
  const goals: PathGoal[] = [];
  const next = nextRating(rating);
  if (next) goals.push({ label: "Next rating", target: next, path: pathToRating(sums, items, next) });
  // The target, when it is further than the next letter (at the next letter the path is the same).
  if (target && target !== next && !meetsRating(rating, target))
    goals.push({ label: "Target rating", target, path: pathToRating(sums, items, target) });
  return goals;
}

/**
 * The gate's target: an entity's for its lifecycle and team; a team's, the strictest target any
 * of its active entities has (its pooled rating meets every gate's letter when it meets that one).
 */
async function targetOf(subject: Exclude<WhySubject, { kind: "org" }>): Promise<Rating | null> {
  const gates = await evaluateGates(
    subject.kind === "entity" ? { entityId: subject.id, gatedOnly: true } : { teamId: subject.id, gatedOnly: true },
  );
  return gates.reduce<Rating | null>((best, g) => {
    const t = g.target.rating;
    return t && (best === null || meetsRating(t, best)) ? t : best;
  }, null);
}

async function loadBreakdown(subject: WhySubject): Promise<{ overall: ScoreSums | null; rows: BreakdownRow[] }> {
  if (subject.kind === "entity") {
    const b = await getEntityBreakdown({ entityId: subject.id });
    if (b) return { overall: b.sums, rows: b.categories };
    const categories = await listDebtCategories();
    return { overall: null, rows: categories.map((c) => ({ key: c.key, name: c.name, sums: null })) };
  }
  const [scores, overall] = await Promise.all([
    listCategoryScores(subject.kind === "team" ? { teamId: subject.id } : {}),
    subject.kind === "team" ? Promise.resolve(subject.sums) : getOrgScore().then((o) => o.sums),
  ]);
  return {
    overall,
    rows: scores.map((c) => ({
      key: c.key,
      name: c.name,
      sums:
        c.totalWeight === null
          ? null
          : {
              debtWeight: c.debtWeight ?? 0,
              totalWeight: c.totalWeight,
              answeredCount: c.answeredCount,
              applicableCount: c.answeredCount,
              principalDays: c.principalDays ?? 0,
            },
    })),
  };
}

export function WhyViewSkeleton() {
  return (
    <div className="space-y-5">
      <div className="grid gap-5 lg:grid-cols-5 lg:items-start">
        <Card className="lg:col-span-3">
          <CardHeader title="Debt rating" />
          <CardBody>
            <Skeleton className="h-11 w-48" />
            <Skeleton className="mt-5 h-8 w-full" />
          </CardBody>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title="What gets this to a better rating" />
          <CardBody>
            <Skeleton className="h-20 w-full" />
          </CardBody>
        </Card>
      </div>
      <Card>
        <CardHeader title="Failing and partial items" />
        <CardBody>
          <Skeleton className="h-40 w-full" />
        </CardBody>
      </Card>
    </div>
  );
}
