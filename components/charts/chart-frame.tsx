"use client";
// Every chart's card: title, description, an optional action, the chart itself, an empty state
// when there is nothing to plot, and a Chart / Table switch that shows the same series as a
// real <table> (SeriesTable). The switch is two buttons with aria-pressed.
//
//   <ChartFrame
//     title="Debt ratio" description="…" action={<RangePicker …/>}   // action: a toolbar row above the chart
//     table={{ caption, x, series, data }}        // the same x/series/data the chart gets
//     empty={{ title, description }}             // shown when data is empty (or isEmpty)
//     isEmpty?  footer?  className?  id?
//   >
//     <TimeSeriesChart … />  or  <BarChart … />
//   </ChartFrame>
import { useState, type ReactNode } from "react";
import clsx from "clsx";
import { ChartLine, Table2 } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SeriesTable, type SeriesTableProps } from "./series-table";
import type { ChartRow } from "./types";

export interface ChartFrameProps<T extends ChartRow> {
  title: string;
  description?: ReactNode;
  /** A toolbar row above the chart or table (e.g. a range picker); stays visible in both views. */
  action?: ReactNode;
  table: SeriesTableProps<T>;
  empty?: { title: string; description?: ReactNode };
  /** Show the empty state even with rows (e.g. every value null). Default: no rows. */
  isEmpty?: boolean;
  /** Below the chart or table (legends of events, notes). */
  footer?: ReactNode;
  className?: string;
  id?: string;
  children: ReactNode;
}

export function ChartFrame<T extends ChartRow>(props: ChartFrameProps<T>) {
  const { title, description, action, table, empty, footer, className, id, children } = props;
  const [view, setView] = useState<"chart" | "table">("chart");
  const isEmpty = props.isEmpty ?? table.data.length === 0;
  return (
    <Card className={clsx("flex flex-col", className)}>
      <div id={id} className="contents">
        <CardHeader
          title={title}
          description={description}
          action={
            isEmpty ? null : (
              <div
                role="group"
                aria-label={`${title}: show as`}
                className="inline-flex rounded-md border border-border bg-surface-muted p-0.5"
              >
                <ViewButton
                  pressed={view === "chart"}
                  onClick={() => setView("chart")}
                  icon={<ChartLine aria-hidden className="size-3.5" />}
                  label="chart"
                />
                <ViewButton
                  pressed={view === "table"}
                  onClick={() => setView("table")}
                  icon={<Table2 aria-hidden className="size-3.5" />}
                  label="table"
                />
              </div>
            )
          }
        />
        <CardBody className="flex-1">
          {action ? <div className="mb-3 flex flex-wrap items-center gap-2">{action}</div> : null}
          {isEmpty ? (
            <EmptyState
              icon={ChartLine}
              title={empty?.title ?? "Nothing to plot yet"}
              description={empty?.description}
            />
          ) : view === "chart" ? (
            children
          ) : (
            <SeriesTable {...table} />
          )}
          {footer ? <div className="mt-4">{footer}</div> : null}
        </CardBody>
      </div>
    </Card>
  );
}

function ViewButton({
  pressed,
  onClick,
  icon,
  label,
}: {
  pressed: boolean;
  onClick: () => void;
  icon: ReactNode;
  label: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={clsx(
        "inline-flex h-6 items-center gap-1 rounded px-2 text-xs font-medium capitalize transition-colors",
        pressed
          ? "bg-surface text-foreground shadow-[0_1px_2px_rgba(16,16,24,0.08)]"
          : "text-muted hover:text-foreground",
      )}
    >
      {icon}
      <span className="sr-only">View as </span>
      {label}
    </button>
  );
}
