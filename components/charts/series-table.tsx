// The table behind a chart: one row per x value, one column per series, formatted the way the
// chart's tooltip formats them. Caption for screen readers, column and row headers scoped.
// No hooks: renders on the server or inside ChartFrame.
//
//   <SeriesTable caption x={ChartAxis<T>} series={Series<T>[]} data={T[]} />
import { THead, TH } from "@/components/ui/data-table";
import { formatValue, formatX } from "./format";
import type { ChartAxis, ChartRow, Series } from "./types";

export interface SeriesTableProps<T extends ChartRow> {
  caption: string;
  x: ChartAxis<T>;
  series: readonly Series<T>[];
  data: readonly T[];
}

export function SeriesTable<T extends ChartRow>({ caption, x, series, data }: SeriesTableProps<T>) {
  return (
    <div
      className="relative max-h-[420px] overflow-auto rounded-lg border border-border"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full border-collapse text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <THead>
          <tr>
            <TH className="sticky top-0 bg-surface-muted">{x.label}</TH>
            {series.map((s) => (
              <TH key={s.key} align="right" className="sticky top-0 bg-surface-muted">
                {s.label}
              </TH>
            ))}
          </tr>
        </THead>
        <tbody className="divide-y divide-border">
          {data.map((row, i) => (
            <tr key={`${String(row[x.key])}-${i}`}>
              <th scope="row" className="h-9 px-3 text-left font-normal whitespace-nowrap text-foreground first:pl-5">
                {formatX(row[x.key], x.format)}
              </th>
              {series.map((s) => {
                const v = row[s.key];
                return (
                  <td key={s.key} className="h-9 px-3 text-right tabular last:pr-5">
                    {formatValue(typeof v === "number" ? v : null, s.format)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
