// A heatmap as a real table: column headers (categories), row headers (teams or entities), and
// in every cell the value as text, so nothing depends on colour alone. The shade is one
// sequential hue (ColorBrewer "Oranges", readable with every common colour-vision deficiency),
// stepped at the rating boundaries (5 / 10 / 20 / 50 %) so a shade means the same thing as a
// letter. Row headers can be links, and a row's cells link to `${cellHref}?category=<column key>`
// (whyHref's form). Inside ChartFrame: title, empty state, and a "table" view with the same
// numbers as plain rows. The grid itself renders in the client (heatmap-table.tsx) from compact
// props: shares rounded to 0.01 %, one link base per row.
//
//   <Heatmap title rowLabel columns={[{ key, label }]} rows={[{ key, label, href?, cellHref?, cells: { [colKey]: { value, detail? } } }]} />
import type { ReactNode } from "react";
import { HEAT_STEPS } from "./heat-steps";
import { HeatmapChart } from "./heatmap-table";

export interface HeatmapColumn {
  key: string;
  label: string;
}

export interface HeatmapCell {
  /** A share in [0, 1]; null = nothing answered. */
  value: number | null;
  /** Extra words for the tooltip and the accessible name (e.g. "12 entities"). */
  detail?: string;
}

export interface HeatmapRow {
  key: string;
  label: string;
  href?: string;
  /** Shown under the label (e.g. the team of an entity). */
  sublabel?: string;
  /** The cells link to `${cellHref}?category=<column key>`: whyHref(scope) of the row. */
  cellHref?: string;
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

/** Shares rounded to 0.01 % (the cells print 0.1 %): no 17-digit floats in the payload. */
function round(v: number | null | undefined): number | null {
  return v === null || v === undefined ? null : Math.round(v * 10_000) / 10_000;
}

export function Heatmap({ valueLabel = "debt ratio", columns, rows, ...frame }: HeatmapProps) {
  // The grid and its table view are built in the client from the same compact rows (one copy in
  // the RSC payload): the shares rounded, one link base per row.
  return (
    <HeatmapChart
      {...frame}
      valueLabel={valueLabel}
      columns={columns}
      rows={rows.map((r) => ({
        key: r.key,
        label: r.label,
        href: r.href,
        sublabel: r.sublabel,
        cellHref: r.cellHref,
        values: columns.map((c) => round(r.cells[c.key]?.value)),
        details: columns.some((c) => r.cells[c.key]?.detail)
          ? columns.map((c) => r.cells[c.key]?.detail ?? null)
          : undefined,
      }))}
      footer={<HeatLegend valueLabel={valueLabel} />}
    />
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
