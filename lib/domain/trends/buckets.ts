// Calendar arithmetic for trends, in UTC days (YYYY-MM-DD), matching the snapshots' days
// (lib/server/scoring/snapshot-days.ts) and Postgres' date_trunc: a week starts on Monday
// (ISO), a month on its first day.
import { RANGE_MONTHS, type TrendGrain, type TrendRange } from "./scope";

const DAY_MS = 86_400_000;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(parse(day).getTime() + days * DAY_MS));
}

/** `months` calendar months before `day`, clamped to the month's last day (31 Mar − 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = parse(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return isoDay(target);
}

/** The first day a range covers: the range's months before today (UTC). */
export function rangeStart(range: TrendRange, now: Date): string {
  return addMonths(isoDay(now), -RANGE_MONTHS[range]);
}

/** The first day of the bucket holding `day`. */
export function bucketStart(day: string, grain: TrendGrain): string {
  if (grain === "month") return `${day.slice(0, 7)}-01`;
  const weekday = (parse(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, grain: TrendGrain): string {
  return grain === "month" ? addDays(addMonths(start, 1), -1) : addDays(start, 6);
}

export interface Bucket {
  start: string;
  /** The bucket's last day, or `to` when the bucket is still running. */
  end: string;
}

/** The buckets from the one holding `from` to the one holding `to`, in order. */
export function bucketsBetween(from: string, to: string, grain: TrendGrain): Bucket[] {
  if (from > to) return [];
  const out: Bucket[] = [];
  for (let start = bucketStart(from, grain); start <= to; start = addDays(bucketEnd(start, grain), 1)) {
    const end = bucketEnd(start, grain);
    out.push({ start, end: end > to ? to : end });
  }
  return out;
}
