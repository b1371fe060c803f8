// The benchmark's statistics, pure: medians and 95th percentiles of repeated runs, and the growth
// exponent k in time ∝ size^k fitted over the scales (least squares on log-log).

/** The middle value (mean of the two middle ones for an even count); NaN for no samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest sample with at least p% of the
 * samples at or below it. With few runs it is the slowest or next-slowest one, which is what an
 * honest p95 of 10–20 runs can say.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p <= 0 || p > 100) throw new RangeError(`percentile: p must be in (0, 100], got ${p}`);
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1] as number;
}

export const p95 = (samples: readonly number[]) => percentile(samples, 95);

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    median: median(samples),
    p95: p95(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

export interface GrowthPoint {
  size: number;
  time: number;
}

/**
 * k in time = c · size^k, by least squares on (log size, log time). Needs two distinct positive
 * sizes with positive times; otherwise null (nothing to fit).
 */
export function growthExponent(points: readonly GrowthPoint[]): number | null {
  const usable = points.filter((p) => p.size > 0 && p.time > 0 && Number.isFinite(p.size) && Number.isFinite(p.time));
  if (new Set(usable.map((p) => p.size)).size < 2) return null;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.time));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  return sxy / sxx;
}
