import { describe, expect, it } from "vitest";
import {
  evaluate,
  formatMs,
  readersFloorVerdict,
  renderConcurrency,
  renderMarkdown,
  targetText,
  type BenchResults,
  type ConcurrencyRun,
  type Measurement,
} from "./report";

const page = (ratios: [number, number, number], times: [number, number, number] = [10, 20, 40]): Measurement => ({
  id: "page:x",
  label: "Overview `/`",
  what: "GET /",
  targets: { ratio: 2, growth: 1 },
  runs: (["S", "M", "L"] as const).map((scale, i) => ({
    scale,
    entities: [560, 5_600, 28_000][i] as number,
    samples: [times[i] as number, times[i] as number, (times[i] as number) * 2],
    sqlSamples: [(times[i] as number) / (ratios[i] as number)],
    statements: 12,
  })),
});

const results: BenchResults = {
  startedAt: "2026-11-26T18:40:00.000Z",
  finishedAt: "2026-11-26T18:52:30.000Z",
  command: "npm run bench",
  machine: {
    cpu: "AMD EPYC",
    cores: 2,
    memoryGiB: 24,
    os: "Linux 6.1 (x64)",
    node: "20.20.2",
    postgres: "PostgreSQL 15.20",
    commit: "abc123def456",
    dirty: false,
  },
  settings: { quick: false, warmups: 3, runs: 12, recomputeRuns: 5, submitRuns: 15, importRuns: 2 },
  scales: [
    { scale: "S", entities: 560, relations: 1_200, assessments: 2_000, answers: 50_000 },
    { scale: "M", entities: 5_600, relations: 12_000, assessments: 20_000, answers: 500_000 },
    { scale: "L", entities: 28_000, relations: 62_374, assessments: 105_026, answers: 2_827_413 },
  ],
  measurements: [
    {
      ...page([1.5, 1.8, 2.5]),
      notes: ["At L: the slowest statement is `SELECT | 1`"],
      explain: 'Seq Scan on "Entity"\nExecution Time: 12 ms',
    },
    {
      id: "op:seed",
      label: "Scale seed",
      what: "seedScale",
      targets: { growth: 1 },
      runs: [{ scale: "L", entities: 28_000, samples: [300_000], detail: "write history 250 s" }],
    },
  ],
  problems: ["Checklist submit at S: not measured."],
};

describe("evaluate", () => {
  it("summarises each scale and takes the page/SQL ratio of the medians", () => {
    const e = evaluate(page([1.5, 1.5, 1.5]));
    expect(e.perScale.map((p) => p.time.median)).toEqual([10, 20, 40]);
    expect(e.perScale.map((p) => p.time.p95)).toEqual([20, 40, 80]);
    expect(e.perScale.map((p) => p.ratio)).toEqual([1.5, 1.5, 1.5]);
    expect(e.verdicts).toEqual({ ratio: "met", growth: "met" });
    expect(e.met).toBe(true);
  });

  it("misses the ratio when any scale is above it", () => {
    const e = evaluate(page([1.5, 1.9, 2.4]));
    expect(e.verdicts.ratio).toBe("missed");
    expect(e.met).toBe(false);
  });

  it("misses growth above linear", () => {
    // time ∝ entities²: 10 × and then 5 × the entities → 100 × and then 25 × the time
    const e = evaluate(page([1, 1, 1], [1, 100, 2_500]));
    expect(e.growth).toBeCloseTo(2, 10);
    expect(e.verdicts.growth).toBe("missed");
  });

  it("judges a time-at-L target only when L was measured", () => {
    const m: Measurement = {
      id: "op:r",
      label: "Recompute",
      what: "",
      targets: { msAtL: 2_000 },
      runs: [{ scale: "S", entities: 560, samples: [100] }],
    };
    expect(evaluate(m).verdicts.msAtL).toBe("not measured");
    expect(
      evaluate({ ...m, runs: [...m.runs, { scale: "L", entities: 28_000, samples: [2_500] }] }).verdicts.msAtL,
    ).toBe("missed");
    expect(
      evaluate({ ...m, runs: [...m.runs, { scale: "L", entities: 28_000, samples: [1_900] }] }).verdicts.msAtL,
    ).toBe("met");
  });

  it.each([
    { name: "no L run", runs: [{ scale: "S" as const, bytes: 100_000 }], want: "not measured" },
    { name: "L without bytes", runs: [{ scale: "L" as const }], want: "not measured" },
    { name: "L above", runs: [{ scale: "L" as const, bytes: 150 * 1024 + 1 }], want: "missed" },
    { name: "L at the target", runs: [{ scale: "L" as const, bytes: 150 * 1024 }], want: "met" },
  ])("judges an HTML-at-L target from the L run's bytes: $name", ({ runs, want }) => {
    const m: Measurement = {
      id: "page:o",
      label: "Overview",
      what: "",
      targets: { htmlKbAtL: 150 },
      runs: runs.map((r) => ({ ...r, entities: 1, samples: [10] })),
    };
    expect(evaluate(m).verdicts.htmlKbAtL).toBe(want);
  });

  it.each([
    { name: "no L run", runs: [{ scale: "S" as const, samples: [10] }], want: "not measured" },
    // 20 samples: the nearest-rank p95 is the 19th smallest.
    {
      name: "p95 above, median under",
      runs: [{ scale: "L" as const, samples: [...Array(18).fill(50), 151, 151] }],
      want: "missed",
    },
    {
      name: "only the slowest above",
      runs: [{ scale: "L" as const, samples: [...Array(19).fill(50), 900] }],
      want: "met",
    },
    { name: "p95 at the floor", runs: [{ scale: "L" as const, samples: [...Array(19).fill(150), 150] }], want: "met" },
  ])("judges a p95-at-L floor from the L run's nearest-rank p95: $name", ({ runs, want }) => {
    const m: Measurement = {
      id: "page:o",
      label: "Overview",
      what: "",
      targets: { p95MsAtL: 150 },
      runs: runs.map((r) => ({ ...r, entities: 1 })),
    };
    expect(evaluate(m).verdicts.p95MsAtL).toBe(want);
  });

  it("marks every target failed when a run failed, and fits growth to the runs that worked", () => {
    const m: Measurement = {
      id: "op:import",
      label: "Import",
      what: "",
      targets: { growth: 1 },
      runs: [
        { scale: "S", entities: 500, samples: [1_000] },
        { scale: "M", entities: 5_000, samples: [2_000] },
        { scale: "L", entities: 25_000, samples: [], failure: "after 20 s: too many parameters" },
      ],
    };
    const e = evaluate(m);
    expect(e.verdicts).toEqual({ growth: "failed" });
    expect(e.growth).toBeCloseTo(Math.log10(2), 10);
    expect(e.met).toBe(false);
    const md = renderMarkdown({ ...results, measurements: [m] });
    expect(md).toContain("| L | 25,000 | 0 | – | – | **failed** after 20 s: too many parameters |");
    expect(md).toContain("| Import | 1.00 s | 2.00 s | – | – | – | 0.30 | k ≤ 1 | **failed** (growth) |");
  });

  it("has no growth with one scale", () => {
    const m: Measurement = {
      id: "op:r",
      label: "Recompute",
      what: "",
      targets: { growth: 1 },
      runs: [{ scale: "L", entities: 28_000, samples: [100] }],
    };
    expect(evaluate(m)).toMatchObject({ growth: null, verdicts: { growth: "not measured" }, met: false });
  });
});

describe("formatMs", () => {
  it.each([
    [0.842, "0.84 ms"],
    [12.34, "12.3 ms"],
    [412.4, "412 ms"],
    [3_210, "3.21 s"],
    [215_400, "215 s"],
    [Number.NaN, "–"],
  ])("%d → %s", (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe("targetText", () => {
  it("lists every target", () => {
    expect(targetText({ ratio: 2, msAtL: 2_000, growth: 1 })).toBe("page/SQL ≤ 2×, ≤ 2.00 s at L, k ≤ 1");
    expect(targetText({ htmlKbAtL: 150 })).toBe("HTML ≤ 150 kB at L");
    expect(targetText({ p95MsAtL: 80, growth: 0.3 })).toBe("p95 ≤ 80.0 ms at L, k ≤ 0.3");
    expect(targetText({})).toBe("");
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(results);

  it("describes the machine, the run and the data sizes", () => {
    expect(md).toContain("Measured 2026-11-26 18:40 UTC with `npm run bench` (750 s in all).");
    expect(md).toContain("- Machine: AMD EPYC, 2 cores, 24 GiB memory, Linux 6.1 (x64)");
    expect(md).toContain("- Commit `abc123def456`\n");
    expect(md).toContain("| L | 28,000 | 62,374 | 105,026 | 2,827,413 |");
  });

  it("has a summary row per measurement with medians, ratios, growth, target and verdict", () => {
    expect(md).toContain(
      "| measurement | S median | M median | L median | L p95 | page/SQL | growth k | target | result |",
    );
    expect(md).toContain(
      "| Overview `/` | 10.0 ms | 20.0 ms | 40.0 ms | 80.0 ms | 1.50× / 1.80× / 2.50× | 0.35 | page/SQL ≤ 2×, k ≤ 1 | **missed** (ratio) |",
    );
    expect(md).toContain("| Scale seed | – | – | 300 s | 300 s | – | – | k ≤ 1 | **not measured** (growth) |");
  });

  it("gives each measurement its table, notes, plan excerpt, escaping table pipes", () => {
    expect(md).toContain("| scale | entities | runs | median | p95 | SQL median | SQL p95 | statements | page/SQL |");
    expect(md).toContain("| S | 560 | 3 | 10.0 ms | 20.0 ms | 6.67 ms | 6.67 ms | 12 | 1.50× |");
    expect(md).toContain("- At L: the slowest statement is `SELECT | 1`");
    expect(md).toContain('```text\nSeq Scan on "Entity"\nExecution Time: 12 ms\n```');
    expect(md).toContain("| L | 28,000 | 1 | 300 s | 300 s | write history 250 s |");
  });

  it("lists the run's problems", () => {
    expect(md).toContain("## Problems during the run\n\n- Checklist submit at S: not measured.\n");
  });
});

describe("concurrency floor", () => {
  const run = (over: Partial<ConcurrencyRun>): ConcurrencyRun => ({
    scale: "L",
    connections: 20,
    withSubmits: false,
    seconds: 30,
    requests: 600,
    requestsPerSecond: 20,
    p50: 400,
    p95: 900,
    p99: 1_200,
    errors: 0,
    ...over,
  });
  it.each([
    { name: "L, 20 readers, under the floor", r: run({}), want: "met" },
    { name: "p95 over 1 s", r: run({ p95: 1_001 }), want: "missed" },
    { name: "one error", r: run({ errors: 1 }), want: "missed" },
    { name: "with submits: not the floor's run", r: run({ withSubmits: true, p95: 5_000 }), want: null },
    { name: "50 readers: not the floor's run", r: run({ connections: 50, p95: 5_000 }), want: null },
    { name: "at M: not the floor's run", r: run({ scale: "M", p95: 5_000 }), want: null },
  ])("$name", ({ r, want }) => {
    expect(readersFloorVerdict(r)).toBe(want);
  });

  it("puts the verdict in the table's floor column", () => {
    const lines = renderConcurrency([run({ p95: 1_500 }), run({ withSubmits: true })]);
    const rows = lines.filter((l) => l.startsWith("| L |"));
    expect(rows[0]).toMatch(/\| \*\*missed\*\* \|$/);
    expect(rows[1]).toMatch(/\| – \|$/);
    expect(lines.join("\n")).toContain("p95 ≤ 1.00 s and 0 errors");
  });
});
