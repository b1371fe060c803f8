// Value and axis formatting for charts and their tables, through lib/domain/format so a chart
// shows the same "40 %" / "12.5 d" as every other card.
import { formatCount, formatDays, formatDecimal, formatPercent } from "@/lib/domain/format/number";
import { formatDate } from "@/lib/domain/format/date";
import type { AxisFormat, ValueFormat } from "./types";

export function formatValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  switch (format) {
    case "percent":
      return formatPercent(value, 0);
    case "percent1":
      return formatPercent(value, 1);
    case "days":
      return formatDays(value);
    case "count":
      return formatCount(value);
    case "decimal":
      return formatDecimal(value);
  }
}

/** Shorter forms for axis ticks: percentages without decimals, days rounded. */
export function formatTick(value: number, format: ValueFormat): string {
  if (format === "percent" || format === "percent1") return formatPercent(value, 0);
  if (format === "days") return formatDays(Math.round(value));
  return formatValue(value, format);
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "2-digit",
  timeZone: "UTC",
});

/** An ISO day or timestamp → Date (UTC), or null when it is not a date. */
export function parseDay(value: string | number | null | undefined): Date | null {
  if (typeof value === "number") return new Date(value);
  if (typeof value !== "string") return null;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Full label (tooltips, table cells). */
export function formatX(value: string | number | null | undefined, format: AxisFormat): string {
  if (format === "text") return value === null || value === undefined ? "—" : String(value);
  const d = parseDay(value);
  if (!d) return "—";
  if (format === "month") return monthFormat.format(d);
  if (format === "week") return `week of ${formatDate(d)}`;
  return formatDate(d);
}

/** Compact label (axis ticks); `withYear` adds the year to day ticks (axes longer than a year). */
export function formatXTick(value: string | number, format: AxisFormat, withYear = false): string {
  if (format === "text") return String(value);
  const d = parseDay(value);
  if (!d) return "";
  if (format === "month") return shortMonth.format(d).replace(" ", " '");
  return withYear ? dayMonthYear.format(d).replace(/ (\d\d)$/, " '$1") : dayMonth.format(d);
}
