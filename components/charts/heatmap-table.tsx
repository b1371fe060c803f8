"use client";
// The heatmap's grid (see heatmap.tsx): rendered from compact props, so the RSC payload carries
// each row's numbers once (rounded shares, the cells' link base) instead of every cell's element
// with its link, classes and labels, which weighed ~0.4 kB a cell (issue 17). A cell links to
// `${row.cellHref}?category=<column key>` (whyHref's form) when the row has a cellHref.
// The HTML of a cell is its link, its shade's class and its number; the cell's tooltip and
// accessible name ("team, category: 12.3 % debt ratio, 4 entities") are added once the page is
// interactive (useHydrated), instead of twice per cell in the HTML (19 categories × rows).
import Link from "next/link";
import type { ReactNode } from "react";
import { formatPercent } from "@/lib/domain/format/number";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ChartFrame } from "./chart-frame";
import { heatStep } from "./heat-steps";
import type { ChartRow, Series } from "./types";

export interface HeatmapTableRow {
  key: string;
  label: string;
  href?: string;
  sublabel?: string;
  cellHref?: string;
  /** One per column, in the columns' order: a share in [0, 1], or null when nothing was answered. */
  values: readonly (number | null)[];
  /** One per column when any cell has one (e.g. "12 entities"). */
  details?: readonly (string | null)[];
}

const ROW_HEADER_PX = 176;
const CELL_MIN_PX = 44;

/** The heatmap's card: title, empty state and a "table" view with the grid's numbers as plain rows. */
export function HeatmapChart({
  title,
  description,
  action,
  rowLabel,
  valueLabel,
  columns,
  rows,
  empty,
  footer,
  id,
  className,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  rowLabel: string;
  valueLabel: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly HeatmapTableRow[];
  empty?: { title: string; description?: ReactNode };
  footer?: ReactNode;
  id?: string;
  className?: string;
}) {
  const series: Series<ChartRow>[] = columns.map((c) => ({
    key: c.key as Series<ChartRow>["key"],
    label: c.label,
    format: "percent1",
  }));
  const data: ChartRow[] = rows.map((r) => {
    const row: ChartRow = { __label: r.label };
    columns.forEach((c, i) => (row[c.key] = r.values[i] ?? null));
    return row;
  });
  return (
    <ChartFrame
      id={id}
      className={className}
      title={title}
      description={description}
      action={action}
      empty={empty}
      isEmpty={rows.length === 0 || columns.length === 0}
      table={{
        caption: `${title}: ${valueLabel} by ${rowLabel.toLowerCase()} and category`,
        x: { key: "__label", label: rowLabel, format: "text" },
        series,
        data,
      }}
      footer={footer}
    >
      <HeatmapTable title={title} rowLabel={rowLabel} valueLabel={valueLabel} columns={columns} rows={rows} />
    </ChartFrame>
  );
}

export function HeatmapTable({
  title,
  rowLabel,
  valueLabel,
  columns,
  rows,
}: {
  title: string;
  rowLabel: string;
  valueLabel: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly HeatmapTableRow[];
}) {
  const hydrated = useHydrated();
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-border"
      role="region"
      aria-label={title}
      tabIndex={0}
    >
      <table
        className="heat-grid w-full table-fixed border-collapse text-[12px]"
        style={{ minWidth: ROW_HEADER_PX + CELL_MIN_PX * columns.length }}
      >
        <caption className="sr-only">
          {title}: {valueLabel} by {rowLabel.toLowerCase()} and category. Each cell shows the percentage.
        </caption>
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {columns.map((c) => (
            <col key={c.key} />
          ))}
        </colgroup>
        <thead className="bg-surface-muted">
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 bg-surface-muted px-3 py-2 text-left align-bottom text-xs font-medium text-muted"
            >
              {rowLabel}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="heat-ch">
                {/* Read bottom to top, as heatmap column labels usually are; the full name is the tooltip. */}
                <span title={c.label}>{c.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-border">
              <th scope="row" className="heat-rh">
                {r.href ? (
                  <Link href={r.href} className="heat-rl" title={r.label}>
                    {r.label}
                  </Link>
                ) : (
                  <span className="heat-rl" title={r.label}>
                    {r.label}
                  </span>
                )}
                {r.sublabel ? <span className="heat-sub">{r.sublabel}</span> : null}
              </th>
              {columns.map((c, i) => (
                <HeatCell
                  key={c.key}
                  value={r.values[i] ?? null}
                  detail={r.details?.[i] ?? undefined}
                  href={r.cellHref ? `${r.cellHref}?category=${encodeURIComponent(c.key)}` : undefined}
                  name={`${r.label}, ${c.label}`}
                  valueLabel={valueLabel}
                  hydrated={hydrated}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeatCell({
  value,
  detail,
  href,
  name,
  valueLabel,
  hydrated,
}: {
  value: number | null;
  detail?: string;
  href?: string;
  name: string;
  valueLabel: string;
  hydrated: boolean;
}) {
  if (value === null) {
    // heat-na draws the dash (app/globals.css); the words are for screen readers.
    return (
      <td>
        <span className="heat-na" title={hydrated ? `${name}: not answered` : undefined}>
          <span className="sr-only">not answered</span>
        </span>
      </td>
    );
  }
  const step = heatStep(value);
  const text = formatPercent(value, 0);
  const label = hydrated
    ? `${name}: ${formatPercent(value, 1)} ${valueLabel}${detail ? `, ${detail}` : ""}`
    : undefined;
  // The cell's box, its hover ring and focus outline come with the grid (heat-grid, app/globals.css).
  const className = step.tone;
  return (
    <td>
      {href ? (
        <Link href={href} className={className} aria-label={label} title={label}>
          {text}
        </Link>
      ) : (
        <span className={className} title={label}>
          {text}
          {detail ? <span className="sr-only">, {detail}</span> : null}
        </span>
      )}
    </td>
  );
}
