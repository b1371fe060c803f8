// The chart theme: series colours come from CSS variables (app/globals.css, --chart-1..8, the
// Okabe–Ito palette), and each series slot also has its own dash pattern and marker shape, so two
// series never differ by colour alone. Pure data: usable from server and client components.
//
//   seriesStyle(i)  → { color, dash, marker } for the i-th series (or its `slot`, 1-based)
//   CHART_GRID / CHART_AXIS / CHART_EVENT → colours for grid lines, axis ticks, event markers
export const CHART_SLOTS = 8;

export type MarkerShape = "circle" | "square" | "triangle" | "diamond";

export interface SeriesStyle {
  /** A CSS colour (`var(--chart-n)`), valid in SVG fill/stroke. */
  color: string;
  /** SVG stroke-dasharray; undefined = solid. */
  dash: string | undefined;
  marker: MarkerShape;
}

const DASHES: readonly (string | undefined)[] = [undefined, "6 4", "2 3", "10 3 2 3"];
const MARKERS: readonly MarkerShape[] = ["circle", "square", "triangle", "diamond"];

/** The style of series slot `slot` (1-based, wraps after 8). Dashes and markers cycle with period 4. */
export function seriesStyle(slot: number): SeriesStyle {
  const i = (((slot - 1) % CHART_SLOTS) + CHART_SLOTS) % CHART_SLOTS;
  return {
    color: `var(--chart-${i + 1})`,
    dash: DASHES[i % DASHES.length],
    marker: MARKERS[i % MARKERS.length] ?? "circle",
  };
}

export const CHART_GRID = "var(--chart-grid)";
export const CHART_AXIS = "var(--chart-axis)";
export const CHART_EVENT = "var(--chart-event)";
export const CHART_FONT_SIZE = 12;
