// The heatmap's shades: one sequential hue (ColorBrewer "Oranges") stepped at the rating boundaries,
// shared by the server-rendered legend and the client-rendered cells (components/charts/heatmap.tsx).
import { formatPercent } from "@/lib/domain/format/number";
import { RATING_UPPER_BOUNDS } from "@/lib/domain/scoring/score";

// Upper bounds (inclusive) and shades; the last step covers everything above 50 %.
const EPSILON = 1e-9;
// `tone`: the same two colours as one short class (heat-0 … heat-4, app/globals.css), for the cells
// and the legend: a heatmap has hundreds of cells, and each carries its class in the HTML.
export const HEAT_STEPS = [
  {
    upTo: RATING_UPPER_BOUNDS.A,
    bg: "#fff5eb",
    fg: "#3d2a16",
    tone: "heat-0",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.A)}`,
  },
  {
    upTo: RATING_UPPER_BOUNDS.B,
    bg: "#fdd0a2",
    fg: "#3d2a16",
    tone: "heat-1",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.B)}`,
  },
  {
    upTo: RATING_UPPER_BOUNDS.C,
    bg: "#fdae6b",
    fg: "#2f1a06",
    tone: "heat-2",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.C)}`,
  },
  {
    upTo: RATING_UPPER_BOUNDS.D,
    bg: "#f16913",
    fg: "#1a0d00",
    tone: "heat-3",
    label: `≤ ${formatPercent(RATING_UPPER_BOUNDS.D)}`,
  },
  {
    upTo: Infinity,
    bg: "#a63603",
    fg: "#ffffff",
    tone: "heat-4",
    label: `> ${formatPercent(RATING_UPPER_BOUNDS.D)}`,
  },
] as const;

export function heatStep(value: number): (typeof HEAT_STEPS)[number] {
  return HEAT_STEPS.find((s) => value <= s.upTo + EPSILON) ?? HEAT_STEPS[HEAT_STEPS.length - 1]!;
}
