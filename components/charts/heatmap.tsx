// A heatmap as a real table: column headers (categories), row headers (teams or entities), and
// in every cell the value as text, so nothing depends on colour alone. The shade is one
// sequential hue (ColorBrewer "Oranges", readable with every common colour-vision deficiency),
// stepped at the rating boundaries (5 / 10 / 20 / 50 %) so a shade means the same thing as a
// letter. Cells and row headers can be links. Inside ChartFrame: title, empty state, and a
// "table" view with the same numbers as plain rows.
//
//   <Heatmap title rowLabel columns={[{ key, label }]} rows={[{ key, label, href?, cells: { [colKey]: { value, href? } } }]} />
import Link from "next/link";
import type { ReactNode } from "react";
import { formatPercent } from "@/lib/domain/format/number";
import { RATING_UPPER_BOUNDS } from "@/lib/domain/scoring/score";
import { ChartFrame } from "./chart-frame";
import type { ChartRow, Series } from "./types";

export interface HeatmapColumn {
  key: string;
  label: string;
}

export interface HeatmapCell {
  /** A share in [0, 1]; null = nothing answered. */
  value: number | null;
  href?: string;
  /** Extra words for the tooltip and the accessible name (e.g. "12 entities"). */
  detail?: string;
}

export interface HeatmapRow {
  key: string;
  label: string;
  href?: string;
  /** Shown under the label (e.g. the team of an entity). */
  sublabel?: ReactNode;
  cells: Readonly<Record<string, HeatmapCell | undefined>>;
}

export interface HeatmapProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** Header of the row-label column, e.g. "Team". */
  rowLabel: string;
  /** What a value is, for the accessible names: "debt ratio". */
  valueLabel?: string;
  columns: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
  empty?: { title: string; description?: ReactNode };
  id?: string;
  className?: string;
}

const ROW_HEADER_PX = 176;
const CELL_MIN_PX = 44;

// Upper bounds (inclusive) and shades; the last step covers everything above 50 %.
const EPSILON = 1e-9;
// `tone`: the same two colours as classes, for the cells (shorter than a style attribute per cell).
export const HEAT_STEPS = [
  {
    upTo: RATING_UPPER_BOUNDS.A,
    bg: "#fff5eb",
    fg: "#3d2a16",
    tone: "bg-[#fff5eb] text-[#3d2a16]",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.A)}`,
  },
  {
    upTo: RATING_UPPER_BOUNDS.B,
    bg: "#fdd0a2",
    fg: "#3d2a16",
    tone: "bg-[#fdd0a2] text-[#3d2a16]",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.B)}`,
  },
  {
    upTo: RATING_UPPER_BOUNDS.C,
    bg: "#fdae6b",
    fg: "#2f1a06",
    tone: "bg-[#fdae6b] text-[#2f1a06]",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.C)}`,
  },
  {
    upTo: RATING_UPPER_BOUNDS.D,
    bg: "#f16913",
    fg: "#1a0d00",
    tone: "bg-[#f16913] text-[#1a0d00]",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.D)}`,
  },
  {
    upTo: Infinity,
    bg: "#a63603",
    fg: "#ffffff",
    tone: "bg-[#a63603] text-[#ffffff]",
    label: `> ${formatPercent(RATING_UPPER_BOUNDS.D)}`,
  },
] as const;

export function heatStep(value: number): (typeof HEAT_STEPS)[number] {
  return HEAT_STEPS.find((s) => value <= s.upTo + EPSILON) ?? HEAT_STEPS[HEAT_STEPS.length - 1]!;
}

export function Heatmap({
  title,
  description,
  action,
  rowLabel,
  valueLabel = "debt ratio",
  columns,
  rows,
  empty,
  id,
  className,
}: HeatmapProps) {
  const series: Series<ChartRow>[] = columns.map((c) => ({
    key: c.key as Series<ChartRow>["key"],
    label: c.label,
    format: "percent1",
  }));
  // The table view's rows go to ChartFrame (a client component) as props: shares rounded to what
  // "percent1" prints, so the payload carries no 17-digit floats.
  const data: ChartRow[] = rows.map((r) => {
    const row: ChartRow = { __label: r.label };
    for (const c of columns) {
      const v = r.cells[c.key]?.value;
      row[c.key] = v === null || v === undefined ? null : Math.round(v * 1000) / 1000;
    }
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
      footer={<HeatLegend valueLabel={valueLabel} />}
    >
      <div
        className="relative overflow-x-auto rounded-lg border border-border"
        role="region"
        aria-label={title}
        tabIndex={0}
      >
        <table
          className="w-full table-fixed border-collapse text-[12px]"
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
                <th
                  key={c.key}
                  scope="col"
                  className="h-36 px-0.5 pt-2 pb-1.5 align-bottom text-[11px] font-medium text-muted"
                >
                  {/* Read bottom to top, as heatmap column labels usually are; the full name is the tooltip. */}
                  <span
                    className="mx-auto block max-h-32 rotate-180 truncate text-left whitespace-nowrap [writing-mode:vertical-rl]"
                    title={c.label}
                  >
                    {c.label}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-border">
                <th scope="row" className="sticky left-0 z-10 bg-surface px-3 py-1.5 text-left font-normal">
                  {r.href ? (
                    <Link
                      href={r.href}
                      className="block truncate font-medium text-foreground hover:text-accent"
                      title={r.label}
                    >
                      {r.label}
                    </Link>
                  ) : (
                    <span className="block truncate font-medium text-foreground" title={r.label}>
                      {r.label}
                    </span>
                  )}
                  {r.sublabel ? <span className="block truncate text-[11px] text-subtle">{r.sublabel}</span> : null}
                </th>
                {columns.map((c) => (
                  <HeatCell key={c.key} cell={r.cells[c.key]} name={`${r.label}, ${c.label}`} valueLabel={valueLabel} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFrame>
  );
}

function HeatCell({ cell, name, valueLabel }: { cell: HeatmapCell | undefined; name: string; valueLabel: string }) {
  if (!cell || cell.value === null) {
    return (
      <td className="p-0.5">
        <span className="heat-cell font-normal text-subtle" title={`${name}: not answered`}>
          <span aria-hidden>–</span>
          <span className="sr-only">not answered</span>
        </span>
      </td>
    );
  }
  const step = heatStep(cell.value);
  const text = formatPercent(cell.value, 0);
  const label = `${name}: ${formatPercent(cell.value, 1)} ${valueLabel}${cell.detail ? `, ${cell.detail}` : ""}`;
  // heat-cell (app/globals.css): the cell's box; on a link also its hover ring and focus outline.
  const className = `heat-cell ${step.tone}`;
  return (
    <td className="p-0.5">
      {cell.href ? (
        <Link href={cell.href} className={className} aria-label={label} title={label}>
          {text}
        </Link>
      ) : (
        <span className={className} title={label}>
          {text}
          {cell.detail ? <span className="sr-only">, {cell.detail}</span> : null}
        </span>
      )}
    </td>
  );
}

function HeatLegend({ valueLabel }: { valueLabel: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[11px] text-muted">
      <span className="capitalize">{valueLabel}</span>
      <ul className="flex flex-wrap items-center gap-1.5" aria-label={`${valueLabel} shades`}>
        {HEAT_STEPS.map((s) => (
          <li key={s.label} className="flex items-center gap-1">
            <span
              aria-hidden
              className="inline-block size-3 rounded-sm border border-border"
              style={{ backgroundColor: s.bg }}
            />
            {s.label}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden className="inline-block w-3 text-center text-subtle">
            –
          </span>
          not answered
        </li>
      </ul>
    </div>
  );
}
