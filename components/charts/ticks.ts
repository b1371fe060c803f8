// Round axis ticks and event grouping for the charts. Pure: unit-tested in ticks.test.ts.

/** 0 and evenly spaced round ticks (1, 2, 2.5 or 5 × 10^k apart) up to at least `max`: 0.26 → 0, 0.1, 0.2, 0.3. */
export function niceTicks(max: number, target = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw - 1e-12) ?? 10) * power;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The largest value (or, stacked, the largest row total) of these columns, at least 0; non-numbers count 0. */
export function seriesMax(rows: readonly Record<string, unknown>[], keys: readonly string[], stacked: boolean): number {
  let max = 0;
  for (const r of rows) {
    const values = keys.map((k) => {
      const v = r[k];
      return typeof v === "number" && Number.isFinite(v) ? v : 0;
    });
    max = Math.max(max, stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values));
  }
  return max;
}

/** At most `max` values, evenly picked, always keeping the first and the last. */
export function thin<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const step = (values.length - 1) / (max - 1);
  const out: T[] = [];
  for (let i = 0; i < max; i++) {
    const v = values[Math.round(i * step)];
    if (v !== undefined && !out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * Events (numbered 1..n in time order) drawn as one marker when they are closer than `gap` on
 * the axis, so two labels never print on top of each other: label "1–2" or "3, 5".
 */
export function groupEvents(times: readonly number[], gap: number): { t: number; label: string }[] {
  const groups: { t: number; numbers: number[] }[] = [];
  times.forEach((t, i) => {
    const last = groups[groups.length - 1];
    if (last && t - last.t <= gap) last.numbers.push(i + 1);
    else groups.push({ t, numbers: [i + 1] });
  });
  return groups.map((g) => ({ t: g.t, label: numbersLabel(g.numbers) }));
}

function numbersLabel(numbers: readonly number[]): string {
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return "";
  if (numbers.length === 1) return String(first);
  const consecutive = numbers.every((n, i) => n === first + i);
  return consecutive ? `${first}\u2013${last}` : numbers.join(", ");
}
