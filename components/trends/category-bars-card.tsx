// Debt ratio per debt category for the organisation or one team, pooled from each active
// entity's latest submitted assessment (never an average of ratios), as horizontal bars sorted
// worst first; categories nobody answered are named under the chart. Put it in <Suspense> with
// CategoryBarsCardSkeleton.
//
//   <CategoryBarsCard teamId?={team.id} />
import Link from "next/link";
import { connection } from "next/server";
import { whyHref, type WhyScope } from "@/lib/domain/format/scorecard-links";
import { listCategoryScores } from "@/lib/server/dashboards/list-category-scores";
import { debtRatio } from "@/lib/domain/scoring/score";
import { ChartFrame } from "@/components/charts/chart-frame";
import { BarChart } from "@/components/charts/bar-chart";
import type { ChartAxis, Series } from "@/components/charts/types";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

const TITLE = "Debt by category";

type CategoryRow = { name: string; ratio: number | null; principal: number | null; entities: number };

const X: ChartAxis<CategoryRow> = { key: "name", label: "Category", format: "text" };
const CHART_SERIES: Series<CategoryRow>[] = [{ key: "ratio", label: "Debt ratio", format: "percent1", slot: 1 }];
const TABLE_SERIES: Series<CategoryRow>[] = [
  ...CHART_SERIES,
  { key: "principal", label: "Principal", format: "days" },
  { key: "entities", label: "Entities answered", format: "count" },
];

export async function CategoryBarsCard({ teamId, teamSlug }: { teamId?: string; teamSlug?: string }) {
  await connection();
  const scores = await listCategoryScores({ teamId });
  const answered = scores.filter((s) => s.totalWeight !== null && s.totalWeight > 0);
  const unanswered = scores.filter((s) => !answered.includes(s));
  const rows: CategoryRow[] = answered
    .map((s) => ({
      name: s.name,
      ratio: debtRatio({ debtWeight: s.debtWeight ?? 0, totalWeight: s.totalWeight ?? 0 }),
      principal: s.principalDays,
      entities: s.entityCount,
    }))
    .sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || a.name.localeCompare(b.name));
  // Each category opens its failing items (a team's only when its slug is known).
  const whyScope: WhyScope | null = teamId ? (teamSlug ? { teamSlug } : null) : { org: true };
  const description = `Debt ratio per category, pooled over ${teamId ? "the team's assessed entities" : "every assessed entity"}`;

  return (
    <ChartFrame
      title={TITLE}
      description={description}
      table={{ caption: `${TITLE}: ${description}, worst first`, x: X, series: TABLE_SERIES, data: rows }}
      empty={{
        title: "No answers yet",
        description: teamId
          ? "None of this team's entities has a submitted debt assessment."
          : "No entity has a submitted debt assessment.",
      }}
      footer={
        rows.length > 0 && whyScope ? (
          <div className="space-y-1.5 text-xs text-muted">
            <p>
              Failing items per category:{" "}
              {answered.map((s, i) => (
                <span key={s.key}>
                  {i > 0 ? " · " : null}
                  <Link href={whyHref(whyScope, s.key)} className="text-accent hover:underline">
                    {s.name}
                  </Link>
                </span>
              ))}
            </p>
            {unanswered.length > 0 ? (
              <p>Not answered by anyone in scope: {unanswered.map((s) => s.name).join(", ")}.</p>
            ) : null}
          </div>
        ) : null
      }
    >
      <BarChart
        data={rows}
        x={X}
        series={CHART_SERIES}
        orientation="horizontal"
        showValues
        categoryWidth={230}
        ariaLabel={`Bar chart: ${description}. ${rows.length} categories, worst first; the table view lists them.`}
      />
    </ChartFrame>
  );
}

const BAR_WIDTHS = ["w-3/4", "w-2/3", "w-7/12", "w-1/2", "w-5/12", "w-1/3", "w-1/4", "w-1/6"];

export function CategoryBarsCardSkeleton() {
  return (
    <Card>
      <CardHeader title={TITLE} description={<Skeleton className="mt-1 h-3.5 w-64" />} />
      <CardBody>
        <div role="status" aria-label="Loading chart" className="space-y-2.5">
          {BAR_WIDTHS.map((w, i) => (
            <div key={i} className="flex items-center gap-3">
              <Skeleton className="h-3 w-40 shrink-0" />
              <Skeleton className={`h-3.5 ${w}`} />
            </div>
          ))}
        </div>
      </CardBody>
    </Card>
  );
}
