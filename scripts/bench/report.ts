// The benchmark's results as data (bench/results.json) and as a report (bench/results.md): each
// measurement's runs per scale, summarised (median, p95), set against the bare SQL it needs,
// fitted for growth across the scales, and judged against its targets. Pure: no I/O.
import { growthExponent, summarize, type Summary } from "./stats";

export type Scale = "S" | "M" | "L";
export const SCALES: readonly Scale[] = ["S", "M", "L"];

export interface ScaleRun {
  scale: Scale;
  /** The data size this run was measured at: active catalogue entities. */
  entities: number;
  /** Milliseconds, one per timed run (warm-ups excluded). */
  samples: number[];
  /** The bare SQL the same thing needs, timed in the same run, one per timed run. */
  sqlSamples?: number[];
  /** SQL statements behind one request. */
  statements?: number;
  /** A page's HTML (or an API answer's body) as sent, uncompressed: the median over the timed runs. */
  bytes?: number;
  /** What the time is made of, e.g. phases ("load 120 ms · analyse 300 ms"). */
  detail?: string;
  /** Set when it could not be measured because the operation itself failed: why. */
  failure?: string;
}

export interface Targets {
  /** Page time / bare SQL time, at every scale measured. */
  ratio?: number;
  /** Median at scale L, in milliseconds. */
  msAtL?: number;
  /** p95 (nearest rank) at scale L, in milliseconds. */
  p95MsAtL?: number;
  /** Growth exponent k in time ∝ size^k. */
  growth?: number;
  /** A page's HTML at scale L, uncompressed, in kB (1,024 bytes). */
  htmlKbAtL?: number;
}

export interface Measurement {
  id: string;
  label: string;
  /** What exactly is timed, one line. */
  what: string;
  targets: Targets;
  runs: ScaleRun[];
  /** What dominates or limits it (from EXPLAIN ANALYZE, phase timings), one line each. */
  notes?: string[];
  /** An EXPLAIN ANALYZE excerpt of its slowest statement, when that is worth a look. */
  explain?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  commit: string;
  /** Uncommitted changes in the working tree when it ran. */
  dirty: boolean;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: Machine;
  /** Warm-up and timed runs per page, and whether --quick was on. */
  settings: {
    quick: boolean;
    warmups: number;
    runs: number;
    recomputeRuns: number;
    submitRuns: number;
    importRuns: number;
    /** Server processes for one reader at a time (WEB_CONCURRENCY); absent in older results = 1. */
    serverProcesses?: number;
    /** Server processes for the concurrency section; absent in older results = 1. */
    readerProcesses?: number;
  };
  scales: { scale: Scale; entities: number; relations: number; assessments: number; answers: number }[];
  measurements: Measurement[];
  /** Anything that went wrong or was left out, one line each. */
  problems: string[];
  /** Concurrent readers (absent in results written before the section existed). */
  concurrency?: ConcurrencyRun[];
}

/** Issue 17's floor for concurrent readers: at L, 20 readers alone, p95 ≤ 1 s and no errors. */
export const READERS_FLOOR = { scale: "L", connections: 20, p95Ms: 1_000, errors: 0 } as const;

/** The floor's verdict for a run it applies to (L, 20 readers, no submits); null for the others. */
export function readersFloorVerdict(r: ConcurrencyRun): Verdict | null {
  if (r.scale !== READERS_FLOOR.scale || r.connections !== READERS_FLOOR.connections || r.withSubmits) return null;
  return r.p95 <= READERS_FLOOR.p95Ms && r.errors <= READERS_FLOOR.errors ? "met" : "missed";
}

export interface ConcurrencyRun {
  scale: string;
  connections: number;
  /** One checklist submit per second ran beside the readers. */
  withSubmits: boolean;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Transport errors + timeouts + non-200 answers. */
  errors: number;
  submits?: { ok: number; failed: number; p50: number; p95: number };
}

export type Verdict = "met" | "missed" | "failed" | "not measured";

export interface Evaluated {
  measurement: Measurement;
  perScale: { run: ScaleRun; time: Summary; sql: Summary | null; ratio: number | null }[];
  growth: number | null;
  verdicts: { ratio?: Verdict; msAtL?: Verdict; p95MsAtL?: Verdict; growth?: Verdict; htmlKbAtL?: Verdict };
  met: boolean;
}

export function evaluate(m: Measurement): Evaluated {
  const perScale = [...m.runs]
    .sort((a, b) => SCALES.indexOf(a.scale) - SCALES.indexOf(b.scale))
    .map((run) => {
      const time = summarize(run.samples);
      const sql = run.sqlSamples && run.sqlSamples.length > 0 ? summarize(run.sqlSamples) : null;
      return { run, time, sql, ratio: sql && sql.median > 0 ? time.median / sql.median : null };
    });
  const growth = growthExponent(perScale.map((s) => ({ size: s.run.entities, time: s.time.median })));
  const verdicts: Evaluated["verdicts"] = {};
  if (m.targets.ratio !== undefined) {
    const ratios = perScale.map((s) => s.ratio);
    verdicts.ratio =
      ratios.length === 0 || ratios.some((r) => r === null)
        ? "not measured"
        : ratios.every((r) => (r as number) <= (m.targets.ratio as number))
          ? "met"
          : "missed";
  }
  if (m.targets.msAtL !== undefined) {
    const atL = perScale.find((s) => s.run.scale === "L");
    verdicts.msAtL = !atL ? "not measured" : atL.time.median <= m.targets.msAtL ? "met" : "missed";
  }
  if (m.targets.p95MsAtL !== undefined) {
    const atL = perScale.find((s) => s.run.scale === "L");
    verdicts.p95MsAtL = !atL ? "not measured" : atL.time.p95 <= m.targets.p95MsAtL ? "met" : "missed";
  }
  if (m.targets.htmlKbAtL !== undefined) {
    const bytes = perScale.find((s) => s.run.scale === "L")?.run.bytes;
    verdicts.htmlKbAtL = bytes === undefined ? "not measured" : bytes / 1024 <= m.targets.htmlKbAtL ? "met" : "missed";
  }
  if (m.targets.growth !== undefined)
    verdicts.growth = growth === null ? "not measured" : growth <= m.targets.growth ? "met" : "missed";
  if (perScale.some((s) => s.run.failure))
    for (const k of Object.keys(verdicts) as (keyof Targets)[]) verdicts[k] = "failed";
  const met = Object.values(verdicts).every((v) => v === "met");
  return { measurement: m, perScale, growth, verdicts, met };
}

/** 546 kB (1,024 bytes), rounded. */
export function formatKb(bytes: number | undefined): string {
  return bytes === undefined ? "–" : `${Math.round(bytes / 1024).toLocaleString("en-US")} kB`;
}

/** 0.84 ms, 12.3 ms, 412 ms, 3.21 s, 215 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 100_000) return `${(ms / 1_000).toFixed(2)} s`;
  return `${Math.round(ms / 1_000)} s`;
}

const formatRatio = (r: number | null) => (r === null ? "–" : `${r.toFixed(2)}×`);
const formatK = (k: number | null) => (k === null ? "–" : k.toFixed(2));
const count = (n: number) => n.toLocaleString("en-US");

export function targetText(t: Targets): string {
  const parts: string[] = [];
  if (t.ratio !== undefined) parts.push(`page/SQL ≤ ${t.ratio}×`);
  if (t.msAtL !== undefined) parts.push(`≤ ${formatMs(t.msAtL)} at L`);
  if (t.p95MsAtL !== undefined) parts.push(`p95 ≤ ${formatMs(t.p95MsAtL)} at L`);
  if (t.growth !== undefined) parts.push(`k ≤ ${t.growth}`);
  if (t.htmlKbAtL !== undefined) parts.push(`HTML ≤ ${t.htmlKbAtL} kB at L`);
  return parts.join(", ");
}

function verdictText(e: Evaluated): string {
  const entries = Object.entries(e.verdicts) as [keyof Targets, Verdict][];
  if (entries.length === 0) return "–";
  if (entries.every(([, v]) => v === "met")) return "met";
  const name = {
    ratio: "ratio",
    msAtL: "time at L",
    p95MsAtL: "p95 at L",
    growth: "growth",
    htmlKbAtL: "HTML at L",
  } as const;
  return entries
    .filter(([, v]) => v !== "met")
    .map(([k, v]) => `**${v}** (${name[k]})`)
    .join(", ");
}

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

export function renderMarkdown(results: BenchResults): string {
  const evaluated = results.measurements.map(evaluate);
  const scales = SCALES.filter((s) => results.scales.some((x) => x.scale === s));
  const m = results.machine;
  const lines: string[] = [
    "# Benchmark results",
    "",
    `Measured ${results.startedAt.slice(0, 16).replace("T", " ")} UTC with \`${results.command}\` (${Math.round((Date.parse(results.finishedAt) - Date.parse(results.startedAt)) / 1000)} s in all).`,
    "",
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}`,
    `- Node ${m.node}, ${m.postgres}`,
    `- Commit \`${m.commit}\`${m.dirty ? " with uncommitted changes" : ""}`,
    `- Runs: ${results.settings.warmups} warm-up + ${results.settings.runs} timed per page and its SQL replay ` +
      `(interleaved); ${results.settings.recomputeRuns} recomputes, ${results.settings.submitRuns} submits, ` +
      `${results.settings.importRuns} import(s) and one seed per scale${results.settings.quick ? " (--quick)" : ""}. ` +
      `Median and p95 (nearest rank) of the timed runs.`,
    `- Server: \`scripts/serve.ts\` (production build), after its start-up jobs finished, on a database ` +
      `vacuumed after its seed: ${results.settings.serverProcesses ?? 1} process(es) for the pages, ` +
      `${results.settings.readerProcesses ?? 1} for the concurrency section (\`WEB_CONCURRENCY\`).`,
    "",
    ...table(
      ["scale", "entities", "relations", "submitted assessments", "answers"],
      results.scales.map((s) => [
        s.scale,
        count(s.entities),
        count(s.relations),
        count(s.assessments),
        count(s.answers),
      ]),
    ),
    "",
    "## Summary",
    "",
    ...table(
      [
        "measurement",
        ...scales.map((s) => `${s} median`),
        `${scales.at(-1) ?? ""} p95`,
        "page/SQL",
        "growth k",
        "target",
        "result",
      ],
      evaluated.map((e) => {
        const largest = e.perScale.at(-1);
        return [
          e.measurement.label,
          ...scales.map((s) => {
            const at = e.perScale.find((p) => p.run.scale === s);
            return at ? formatMs(at.time.median) : "–";
          }),
          largest ? formatMs(largest.time.p95) : "–",
          e.perScale.some((p) => p.ratio !== null) ? e.perScale.map((p) => formatRatio(p.ratio)).join(" / ") : "–",
          formatK(e.growth),
          targetText(e.measurement.targets),
          verdictText(e),
        ];
      }),
    ),
    "",
    "Page/SQL is given per scale (smallest first). Growth k is fitted to the medians against the entity count (time ∝ size^k, least squares on log-log).",
    "",
  ];

  for (const e of evaluated) {
    lines.push(`## ${e.measurement.label}`, "", e.measurement.what, "");
    const withSql = e.perScale.some((p) => p.sql);
    lines.push(
      ...table(
        [
          "scale",
          "entities",
          "runs",
          "median",
          "p95",
          ...(withSql ? ["SQL median", "SQL p95", "statements", "page/SQL"] : []),
          ...(e.perScale.some((p) => p.run.bytes !== undefined) ? ["HTML"] : []),
          ...(e.perScale.some((p) => p.run.detail || p.run.failure) ? ["made of"] : []),
        ],
        e.perScale.map((p) => [
          p.run.scale,
          count(p.run.entities),
          String(p.time.runs),
          formatMs(p.time.median),
          formatMs(p.time.p95),
          ...(withSql
            ? [
                p.sql ? formatMs(p.sql.median) : "–",
                p.sql ? formatMs(p.sql.p95) : "–",
                p.run.statements === undefined ? "–" : String(p.run.statements),
                formatRatio(p.ratio),
              ]
            : []),
          ...(e.perScale.some((x) => x.run.bytes !== undefined) ? [formatKb(p.run.bytes)] : []),
          ...(e.perScale.some((x) => x.run.detail || x.run.failure)
            ? [p.run.failure ? `**failed** ${p.run.failure}` : (p.run.detail ?? "")]
            : []),
        ]),
      ),
      "",
      `Growth k = ${formatK(e.growth)}. Target: ${targetText(e.measurement.targets) || "none"} → ${verdictText(e)}.`,
      "",
    );
    for (const note of e.measurement.notes ?? []) lines.push(`- ${note}`);
    if (e.measurement.notes?.length) lines.push("");
    if (e.measurement.explain) lines.push("```text", e.measurement.explain.replaceAll("```", "'''"), "```", "");
  }

  lines.push(...renderConcurrency(results.concurrency ?? []));
  if (results.problems.length > 0) {
    lines.push("## Problems during the run", "", ...results.problems.map((p) => `- ${p}`), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The markdown section for the runs (empty when none). */
export function renderConcurrency(runs: readonly ConcurrencyRun[]): string[] {
  if (runs.length === 0) return [];
  const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "–");
  return [
    "## Concurrency",
    "",
    "Signed-in readers (autocannon connections) cycling through overview, team scorecard, hotspots and entity " +
      `page against the production server for ${runs[0]?.seconds ?? 0} s each; latencies are every response's, ` +
      'nearest rank. "with submits": one checklist submit per second through the API beside them (one at a time). ' +
      "Errors = transport errors + timeouts + any status but 200. Floor (issue 17): at L, 20 readers, " +
      `p95 ≤ ${formatMs(READERS_FLOOR.p95Ms)} and ${READERS_FLOOR.errors} errors.`,
    "",
    "| scale | readers | submits | requests | req/s | p50 | p95 | p99 | errors | submits ok / failed (p50, p95) | floor |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...runs.map(
      (r) =>
        "| " +
        [
          r.scale,
          r.connections,
          r.withSubmits ? "1/s" : "–",
          r.requests.toLocaleString("en-US"),
          r.requestsPerSecond.toFixed(1),
          ms(r.p50),
          ms(r.p95),
          ms(r.p99),
          r.errors,
          r.submits ? `${r.submits.ok} / ${r.submits.failed} (${ms(r.submits.p50)}, ${ms(r.submits.p95)})` : "–",
          ((v) => (v === null ? "–" : v === "met" ? "met" : `**${v}**`))(readersFloorVerdict(r)),
        ].join(" | ") +
        " |",
    ),
    "",
  ];
}
