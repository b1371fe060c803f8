// The stress run's ledger: each check passes or fails with a line saying what was seen; the
// orchestrator prints `stress: N passed, N failed` from it and exits non-zero on any failure.

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export class Checks {
  readonly results: CheckResult[] = [];

  check(name: string, ok: boolean, detail = ""): boolean {
    this.results.push({ name, ok, detail });
    console.log(`  ${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
    return ok;
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }
}

/** Deterministic PRNG (mulberry32): the same seed replays the same run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Prng = ReturnType<typeof prng>;

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : "n/a");
