"use client";
// The pay-down chart's client half: two plots one above the other, never two scales on one plot.
// The stock (principal at each quarter's end) is a line on its own axis; the flow (estimates
// planned and done in each quarter) is pairs of columns on theirs. The quarters line up, and the
// same numbers are one table.
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import type { ChartAxis, Series } from "@/components/charts/types";

export type PaydownRow = { day: string; quarter: string; principal: number | null; planned: number; done: number };

const X: ChartAxis<PaydownRow> = { key: "day", label: "Quarter end", format: "month" };
const TABLE_X: ChartAxis<PaydownRow> = { key: "quarter", label: "Quarter", format: "text" };
const PRINCIPAL: Series<PaydownRow>[] = [{ key: "principal", label: "Principal at quarter end", format: "days" }];
const PAYDOWN: Series<PaydownRow>[] = [
  { key: "planned", label: "Planned pay-down (due in quarter)", format: "days", slot: 2 },
  { key: "done", label: "Done in quarter", format: "days", slot: 3 },
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
        series: [...PRINCIPAL, ...PAYDOWN],
        data: rows,
      }}
      empty={{
        title: "Nothing to plot yet",
        description: "No score history and no dated action items in these quarters.",
      }}
      isEmpty={isEmpty}
    >
      <div className="space-y-4" data-testid="paydown-plots">
        <figure>
          <figcaption className="mb-1 text-xs font-medium text-muted">Principal at quarter end</figcaption>
          <TimeSeriesChart
            data={rows}
            x={X}
            series={PRINCIPAL}
            yLabel="Principal, days"
            height={200}
            ariaLabel={`Principal at each quarter end, ${scope}`}
          />
        </figure>
        <figure>
          <figcaption className="mb-1 text-xs font-medium text-muted">Pay-down planned and done per quarter</figcaption>
          <BarChart
            data={rows}
            x={TABLE_X}
            series={PAYDOWN}
            valueLabel="Pay-down, days"
            height={200}
            ariaLabel={`Pay-down planned and done in each quarter, ${scope}`}
          />
        </figure>
      </div>
    </ChartFrame>
  );
}
