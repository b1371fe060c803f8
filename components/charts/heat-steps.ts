// The heatmap's shades: one sequential hue (ColorBrewer "Oranges") stepped at the rating boundaries,
// shared by the server-rendered legend and the client-rendered cells (components/charts/heatmap.tsx).
import { formatPercent } from "@/lib/domain/format/number";
import { RATING_UPPER_BOUNDS } from "@/lib/domain/scoring/score";

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
