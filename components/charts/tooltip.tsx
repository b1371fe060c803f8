// The hover card every chart shows: a title (the x value) and one line per series with its
// swatch and formatted value. Rendered by the charts through Recharts' Tooltip `content`.
import { seriesStyle } from "./theme";

export interface ChartTooltipProps {
  active?: boolean;
  title: string;
  rows: readonly { label: string; slot: number; value: string }[];
}

export function ChartTooltip({ active, title, rows }: ChartTooltipProps) {
  if (!active) return null;
  return (
    <div className="min-w-40 rounded-lg border border-border bg-surface px-3 py-2 text-xs shadow-[0_4px_16px_rgba(16,16,24,0.10)]">
      <p className="mb-1.5 font-medium text-foreground">{title}</p>
      <ul className="space-y-1">
        {rows.map((r) => (
          <li key={r.label} className="flex items-center justify-between gap-4">
            <span className="inline-flex items-center gap-1.5 text-muted">
              <span
                aria-hidden
                className="inline-block size-2 rounded-sm"
                style={{ background: seriesStyle(r.slot).color }}
              />
              {r.label}
            </span>
            <span className="font-medium text-foreground tabular">{r.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
