// Number formatting for the dashboard. Fixed locale (en-GB) so the server render and the
// browser agree, and a narrow no-break space before units so "40 %" never wraps apart.
export const UNIT_SPACE = "\u202f";

const countFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** A share in [0, 1] as a percentage: 0.4 → "40 %"; null → "—". Tiny non-zero shares show "<1 %". */
export function formatPercent(share: number | null, fractionDigits = 0): string {
  if (share === null || !Number.isFinite(share)) return "—";
  const pct = share * 100;
  const min = 1 / 10 ** fractionDigits;
  if (pct > 0 && pct < min) return `<${min.toFixed(fractionDigits)}${UNIT_SPACE}%`;
  return `${pct.toFixed(fractionDigits)}${UNIT_SPACE}%`;
}

const daysFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** Remediation effort in person-days: 0 → "0 d", 2.5 → "2.5 d", 5438.25 → "5,438.3 d"; null → "—". */
export function formatDays(days: number | null): string {
  if (days === null || !Number.isFinite(days)) return "—";
  return `${daysFormat.format(Math.round(days * 10) / 10)}${UNIT_SPACE}d`;
}

/** A plain decimal with fixed digits, e.g. a hotspot score: 0.4567 → "0.46". */
export function formatDecimal(n: number | null, fractionDigits = 2): string {
  if (n === null || !Number.isFinite(n)) return "—";
  return n.toFixed(fractionDigits);
}
