// Calendar quarters (UTC) for the pay-down chart: principal at each quarter's end against the
// estimates planned (due) and done (completed) in it.

export interface Quarter {
  /** "2026-Q4" */
  key: string;
  /** "Q4 2026" */
  label: string;
  start: Date;
  /** The quarter's last calendar day (UTC midnight). */
  lastDay: Date;
}

export function quarterOf(date: Date): Quarter {
  const year = date.getUTCFullYear();
  const q = Math.floor(date.getUTCMonth() / 3);
  return {
    key: `${year}-Q${q + 1}`,
    label: `Q${q + 1} ${year}`,
    start: new Date(Date.UTC(year, q * 3, 1)),
    lastDay: new Date(Date.UTC(year, q * 3 + 3, 0)),
  };
}

/** Every quarter from the one holding `from` to the one holding `to`, oldest first. */
export function quartersBetween(from: Date, to: Date): Quarter[] {
  const out: Quarter[] = [];
  if (from.getTime() > to.getTime()) return out;
  let q = quarterOf(from);
  const last = quarterOf(to).key;
  for (let guard = 0; guard < 400; guard++) {
    out.push(q);
    if (q.key === last) break;
    q = quarterOf(new Date(q.lastDay.getTime() + 86_400_000));
  }
  return out;
}

export interface PaydownPoint {
  quarter: string;
  label: string;
  /** The quarter's last day, "YYYY-MM-DD". */
  end: string;
  /** Principal (person-days) on the quarter's last day, or today for the current quarter; null before any snapshot. */
  principal: number | null;
  /** Σ estimateDays of items due in the quarter (won't-do excluded). */
  planned: number;
  /** Σ estimateDays of items completed in the quarter. */
  done: number;
}

export interface PaydownInput {
  /** Principal by day, any order; the latest on or before a quarter's end counts. */
  snapshots: readonly { takenOn: Date; principalDays: number }[];
  items: readonly { dueDate: Date | null; completedAt: Date | null; status: string; estimateDays: number | null }[];
}

/** The chart's rows for the quarters from `from` to `to` (inclusive). */
export function paydownSeries(input: PaydownInput, from: Date, to: Date): PaydownPoint[] {
  const quarters = quartersBetween(from, to);
  const snaps = [...input.snapshots].sort((a, b) => a.takenOn.getTime() - b.takenOn.getTime());
  const planned = new Map<string, number>();
  const done = new Map<string, number>();
  for (const item of input.items) {
    const days = item.estimateDays ?? 0;
    if (item.dueDate && item.status !== "WONT_DO")
      planned.set(quarterOf(item.dueDate).key, (planned.get(quarterOf(item.dueDate).key) ?? 0) + days);
    if (item.completedAt && item.status === "DONE")
      done.set(quarterOf(item.completedAt).key, (done.get(quarterOf(item.completedAt).key) ?? 0) + days);
  }
  let i = 0;
  let principal: number | null = null;
  return quarters.map((q) => {
    const end = q.lastDay.getTime();
    while (i < snaps.length && snaps[i]!.takenOn.getTime() <= end) principal = snaps[i++]!.principalDays;
    return {
      quarter: q.key,
      label: q.label,
      end: q.lastDay.toISOString().slice(0, 10),
      principal,
      planned: planned.get(q.key) ?? 0,
      done: done.get(q.key) ?? 0,
    };
  });
}
