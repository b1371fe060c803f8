// A scope's debt ratio and principal over time, as a card: one point per week or month (the
// last snapshot of each), events of the timeline as numbered markers listed under the chart,
// and the same numbers as a table. Loads on its own: put it in <Suspense> with
// ScoreTrendCardSkeleton.
//
//   <ScoreTrendCard scope={{ kind: "team", teamId }} range="12m" grain?="month"
//     title?="Debt over time" showEvents?={false} action?={<RangePicker …/>} />
import type { ReactNode } from "react";
import { connection } from "next/server";
import Link from "next/link";
import { getScoreTrend } from "@/lib/server/trends/get-score-trend";
import { listTimelineEvents, type TimelineEvent } from "@/lib/server/trends/list-timeline-events";
import { bucketsBetween } from "@/lib/domain/trends/buckets";
import { EVENT_KIND_LABELS } from "@/lib/domain/trends/events";
import { toTrendRows, type TrendRow } from "@/lib/domain/trends/series";
import {
  DEFAULT_GRAIN,
  RANGE_LABELS,
  type TrendGrain,
  type TrendRange,
  type TrendScope,
} from "@/lib/domain/trends/scope";
import { formatDate } from "@/lib/domain/format/date";
import { ChartFrame } from "@/components/charts/chart-frame";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import type { ChartAxis, ChartEvent, Series } from "@/components/charts/types";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

export interface ScoreTrendCardProps {
  scope: TrendScope;
  range: TrendRange;
  grain?: TrendGrain;
  title?: string;
  showEvents?: boolean;
  /** Right of the title (e.g. a RangePicker). */
  action?: ReactNode;
}

const DEFAULT_TITLE = "Debt over time";
const CHART_SERIES: Series<TrendRow>[] = [
  { key: "ratio", label: "Debt ratio", format: "percent1", slot: 1 },
  { key: "principal", label: "Principal", format: "days", slot: 2, axis: "right" },
];
const TABLE_SERIES: Series<TrendRow>[] = [
  ...CHART_SERIES,
  { key: "coverage", label: "Coverage", format: "percent" },
  { key: "entities", label: "Entities", format: "count" },
];

export async function ScoreTrendCard({
  scope,
  range,
  grain = DEFAULT_GRAIN,
  title = DEFAULT_TITLE,
  showEvents = false,
  action,
}: ScoreTrendCardProps) {
  await connection();
  const teamId = scope.kind === "team" ? scope.teamId : scope.kind === "category" ? scope.teamId : undefined;
  const trend = await getScoreTrend({ scope, range, grain });
  const events = showEvents
    ? await listTimelineEvents({
        from: trend.from,
        to: trend.to,
        teamId,
        entityId: scope.kind === "entity" ? scope.entityId : undefined,
      })
    : [];
  const rows = toTrendRows(trend.points);
  const x: ChartAxis<TrendRow> =
    grain === "week"
      ? { key: "day", label: "Snapshot day", format: "day" }
      : { key: "day", label: "Month", format: "month" };
  const per = grain === "week" ? "weekly" : "monthly";
  const description = `Debt ratio and principal, last ${RANGE_LABELS[range]}, ${per}`;
  const buckets = bucketsBetween(trend.from, trend.to, grain).length;
  const sparse = rows.length > 0 && rows.length < buckets && trend.source === "snapshots";
  const chartEvents: ChartEvent[] = events.map((e) => ({
    at: e.at.toISOString(),
    label: e.title,
    kind: e.kind === "import" ? "import" : "review",
  }));
  const caption = `${title}: ${description}`;

  return (
    <ChartFrame
      title={title}
      description={description}
      action={action}
      table={{ caption, x, series: TABLE_SERIES, data: rows }}
      empty={{ title: "No scores in this range", description: emptyText(scope) }}
      footer={
        sparse || events.length > 0 ? (
          <>
            {sparse ? (
              <p className="text-xs text-muted">
                {rows.length} of {buckets} {grain === "week" ? "weeks" : "months"} have a score snapshot. Snapshots are
                recorded at month ends and on days with a submission; a {grain} without one has no point.
              </p>
            ) : null}
            {events.length > 0 ? <EventList events={events} /> : null}
          </>
        ) : null
      }
    >
      <TimeSeriesChart
        data={rows}
        x={x}
        series={CHART_SERIES}
        yLabel="Debt ratio"
        yRightLabel="Principal (days)"
        xDomain={[trend.from, trend.to]}
        events={chartEvents}
        ariaLabel={`Line chart: ${description}. ${rows.length} points; the table view lists them.`}
      />
    </ChartFrame>
  );
}

function emptyText(scope: TrendScope): string {
  switch (scope.kind) {
    case "entity":
      return "This entity has no submitted debt assessment in or before this range.";
    case "team":
      return "No snapshot of this team's score falls in this range; it appears once its entities are assessed.";
    default:
      return "No score snapshot falls in this range yet.";
  }
}

function EventList({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <div className="border-t border-border pt-3">
      <h3 className="mb-2 text-xs font-medium text-muted">Events on the timeline</h3>
      <ol className="space-y-1.5 text-[13px]">
        {events.map((e, i) => (
          <li key={e.id} className="flex items-baseline gap-2.5">
            <span
              aria-hidden
              className="inline-flex size-5 shrink-0 items-center justify-center rounded-full border border-border-strong text-[11px] font-semibold text-muted tabular"
            >
              {i + 1}
            </span>
            <span className="w-24 shrink-0 text-muted tabular">{formatDate(e.at)}</span>
            <span className="shrink-0 text-muted">{EVENT_KIND_LABELS[e.kind]}</span>
            <span className="min-w-0 truncate">
              {e.href ? (
                <Link
                  href={e.href}
                  className="font-medium text-foreground underline-offset-2 hover:text-accent hover:underline"
                >
                  {e.title}
                </Link>
              ) : (
                <span className="font-medium text-foreground">{e.title}</span>
              )}
              <span className="text-muted"> · {e.detail}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ScoreTrendCardSkeleton({ title = DEFAULT_TITLE }: { title?: string }) {
  return (
    <Card>
      <CardHeader title={title} description={<Skeleton className="mt-1 h-3.5 w-56" />} />
      <CardBody>
        <div role="status" aria-label="Loading chart" className="flex h-[300px] flex-col justify-end gap-3">
          <Skeleton className="h-full w-full rounded-lg" />
        </div>
      </CardBody>
    </Card>
  );
}
