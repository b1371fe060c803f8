// The change of a headline figure between two moments, as words and an arrow as well as a
// colour: "+2.3 pp" up (worse) for a debt ratio, "−12.5 d" down (better) for principal. Ratios
// and coverage change in percentage points, principal in person-days.
import { formatDays, UNIT_SPACE } from "@/lib/domain/format/number";

export type DeltaMetric = "ratio" | "principal" | "coverage";
export type DeltaDirection = "up" | "down" | "flat" | "none";
export type DeltaTone = "better" | "worse" | "neutral";

export interface Delta {
  metric: DeltaMetric;
  /** now − then; null when either side has no value. */
  change: number | null;
  direction: DeltaDirection;
  tone: DeltaTone;
  /** Compact: "+2.3 pp", "−12.5 d", "±0 pp", "no data". */
  text: string;
  /** For screen readers and titles: "up 2.3 percentage points, worse". */
  description: string;
}

/** Changes smaller than these read as no change (0.05 pp; 0.05 person-days). */
const FLAT: Readonly<Record<DeltaMetric, number>> = { ratio: 0.0005, coverage: 0.0005, principal: 0.05 };
/** Which way is good: less debt and less principal, more coverage. */
const UP_IS_BETTER: Readonly<Record<DeltaMetric, boolean>> = { ratio: false, principal: false, coverage: true };
const MINUS = "\u2212";

function magnitude(metric: DeltaMetric, abs: number): { short: string; long: string } {
  if (metric === "principal") {
    const days = formatDays(abs);
    return { short: days, long: `${days.replace(`${UNIT_SPACE}d`, "")} person-days` };
  }
  const pp = (abs * 100).toFixed(1);
  return { short: `${pp}${UNIT_SPACE}pp`, long: `${pp} percentage points` };
}

export function describeDelta(metric: DeltaMetric, now: number | null, then: number | null): Delta {
  if (now === null || then === null || !Number.isFinite(now) || !Number.isFinite(then)) {
    return {
      metric,
      change: null,
      direction: "none",
      tone: "neutral",
      text: "no data",
      description: "no earlier figure to compare with",
    };
  }
  const change = now - then;
  if (Math.abs(change) < FLAT[metric]) {
    const zero = metric === "principal" ? `±0${UNIT_SPACE}d` : `±0${UNIT_SPACE}pp`;
    return { metric, change, direction: "flat", tone: "neutral", text: zero, description: "unchanged" };
  }
  const direction = change > 0 ? "up" : "down";
  const better = (direction === "up") === UP_IS_BETTER[metric];
  const m = magnitude(metric, Math.abs(change));
  return {
    metric,
    change,
    direction,
    tone: better ? "better" : "worse",
    text: `${change > 0 ? "+" : MINUS}${m.short}`,
    description: `${direction} ${m.long}, ${better ? "better" : "worse"}`,
  };
}
