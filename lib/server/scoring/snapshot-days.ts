// Snapshot days are calendar days in UTC: a snapshot "on" a day covers what was submitted
// before the next UTC midnight, whatever the server's or the viewer's time zone.

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Distinct UTC days, ascending. */
export function snapshotDays(on: Date | readonly Date[]): string[] {
  const dates = Array.isArray(on) ? on : [on as Date];
  return [...new Set(dates.map(utcDay))].sort();
}

/** The last day of every month from `from`'s month up to the month before `until`'s, plus `until`'s own day. */
export function monthEndsBetween(from: Date, until: Date): Date[] {
  const out: Date[] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  const lastYear = until.getUTCFullYear();
  const lastMonth = until.getUTCMonth();
  while (year < lastYear || (year === lastYear && month < lastMonth)) {
    // Day 0 of the next month is this month's last day.
    out.push(new Date(Date.UTC(year, month + 1, 0, 12)));
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  out.push(until);
  return out;
}

/** `until` and the same weekday in each of the `weeks` weeks before it, so weekly trends have a point per week. */
export function weeksBefore(until: Date, weeks: number): Date[] {
  return Array.from({ length: weeks + 1 }, (_, k) => new Date(until.getTime() - k * 7 * 86_400_000)).reverse();
}
