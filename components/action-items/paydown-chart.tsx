"use client";
// The pay-down chart's client half: principal at each quarter's end (left axis) against the
// estimates planned and done in the quarter (right axis), with the same numbers as a table.
import { ChartFrame } from "@/components/charts/chart-frame";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import type { ChartAxis, Series } from "@/components/charts/types";

export type PaydownRow = { day: string; quarter: string; principal: number | null; planned: number; done: number };

const X: ChartAxis<PaydownRow> = { key: "day", label: "Quarter end", format: "month" };
const TABLE_X: ChartAxis<PaydownRow> = { key: "quarter", label: "Quarter", format: "text" };
const SERIES: Series<PaydownRow>[] = [
  { key: "principal", label: "Principal at quarter end", format: "days" },
  { key: "planned", label: "Planned pay-down (due in quarter)", format: "days", axis: "right", dashed: true },
  { key: "done", label: "Done in quarter", format: "days", axis: "right" },
];

export function PaydownChart({ rows, scope }: { rows: PaydownRow[]; scope: string }) {
  const isEmpty = rows.every((r) => r.principal === null && r.planned === 0 && r.done === 0);
  return (
    <ChartFrame
      title="Principal against planned pay-down"
      description={`${scope}: principal (person-days) on each quarter's last day, and the estimates of action items due or done in that quarter. Done work lowers principal only after re-assessment.`}
      table={{
        caption: `Principal and planned pay-down per quarter, ${scope}`,
        x: TABLE_X,
        series: SERIES,
        data: rows,
      }}
      empty={{
        title: "Nothing to plot yet",
        description: "No score history and no dated action items in these quarters.",
      }}
      isEmpty={isEmpty}
    >
      <TimeSeriesChart
        data={rows}
        x={X}
        series={SERIES}
        yLabel="Principal, days"
        yRightLabel="Pay-down, days"
        ariaLabel={`Principal at each quarter end against planned and done pay-down, ${scope}`}
      />
    </ChartFrame>
  );
}
