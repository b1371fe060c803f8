// Dates for the dashboard: absolute in a fixed locale and UTC (server and browser agree),
// relative against an explicit `now` so callers decide when "now" is.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** 2026-11-03 → "3 Nov 2026"; null → "—". */
export function formatDate(date: Date | null): string {
  return date ? dateFormat.format(date) : "—";
}

const UNITS: readonly [limitSeconds: number, seconds: number, suffix: string][] = [
  [60 * 60, 60, "min"],
  [24 * 60 * 60, 60 * 60, "h"],
  [30 * 24 * 60 * 60, 24 * 60 * 60, "d"],
  [365 * 24 * 60 * 60, 30 * 24 * 60 * 60, "mo"],
  [Number.POSITIVE_INFINITY, 365 * 24 * 60 * 60, "y"],
];

/** Compact distance from `now`: "just now", "5 min ago", "3 d ago", "2 mo ago", "in 4 d"; null → "never". */
export function formatRelative(date: Date | null, now: Date): string {
  if (!date) return "never";
  const diff = Math.round((now.getTime() - date.getTime()) / 1000);
  const abs = Math.abs(diff);
  if (abs < 60) return "just now";
  for (const [limit, unit, suffix] of UNITS) {
    if (abs < limit) {
      const n = Math.floor(abs / unit);
      return diff >= 0 ? `${n} ${suffix} ago` : `in ${n} ${suffix}`;
    }
  }
  return formatDate(date);
}

/** Whole days from `now` until `date` (negative when past), by UTC calendar day. */
export function daysUntil(date: Date, now: Date): number {
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((end - start) / day);
}
