// The series legend, in HTML above the plot: each entry draws its series' colour, dash and marker,
// so lines that share a hue for a colour-blind reader still tell apart. Works on server or client.
//
//   <ChartLegend items={[{ label, slot, dashed?, variant?: "line" | "bar" }]} />
import { seriesStyle, type MarkerShape } from "./theme";

export interface LegendItem {
  label: string;
  slot: number;
  dashed?: boolean;
  variant?: "line" | "bar";
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length < 2) return null;
  return (
    <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <Swatch {...item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ slot, dashed, variant = "line" }: LegendItem) {
  const st = seriesStyle(slot);
  if (variant === "bar") {
    return (
      <svg aria-hidden width="12" height="12" viewBox="0 0 12 12">
        <rect x="1" y="1" width="10" height="10" rx="2" fill={st.color} />
      </svg>
    );
  }
  return (
    <svg aria-hidden width="26" height="12" viewBox="0 0 26 12">
      <line x1="1" y1="6" x2="25" y2="6" stroke={st.color} strokeWidth="2" strokeDasharray={dashed ? "5 3" : st.dash} />
      <Marker shape={st.marker} cx={13} cy={6} r={3.5} color={st.color} />
    </svg>
  );
}

/** A series' point marker, shared by the legend and the line charts' dots. */
export function Marker({
  shape,
  cx,
  cy,
  r,
  color,
}: {
  shape: MarkerShape;
  cx: number;
  cy: number;
  r: number;
  color: string;
}) {
  switch (shape) {
    case "square":
      return (
        <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={color} stroke="var(--surface)" strokeWidth={1} />
      );
    case "triangle":
      return (
        <polygon
          points={`${cx},${cy - r * 1.2} ${cx + r * 1.1},${cy + r * 0.9} ${cx - r * 1.1},${cy + r * 0.9}`}
          fill={color}
          stroke="var(--surface)"
          strokeWidth={1}
        />
      );
    case "diamond":
      return (
        <polygon
          points={`${cx},${cy - r * 1.3} ${cx + r * 1.3},${cy} ${cx},${cy + r * 1.3} ${cx - r * 1.3},${cy}`}
          fill={color}
          stroke="var(--surface)"
          strokeWidth={1}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={r} fill={color} stroke="var(--surface)" strokeWidth={1} />;
  }
}
