// npm run bench [-- --scales S,M,L] [--quick] [--out bench] [--dump-sql dir]
//                [--concurrency M,L] [--concurrency-seconds 30] [--only-concurrency]
// The benchmark (never part of npm test). Per scale: a database of its own on the Postgres server
// (TEST_DATABASE_URL, else 127.0.0.1:5432), the scale seed (timed), findings recompute (timed),
// the production server (`next build` only if the sources changed), then pages and an API list
// over HTTP on loopback, each next to the bare SQL it needs replayed in the same run, a checklist
// submit through the API, a 10,000-entity YAML import, and at the --concurrency scales 20 and 50
// concurrent signed-in readers (concurrency.ts), alone and with one submit a second. Writes <out>/results.json and
// <out>/results.md (median, p95, page/SQL ratio, growth exponent over the scales, targets).
// Databases, server and temporary files are removed on exit, Ctrl-C included.
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashPassword } from "better-auth/crypto";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { seedScale } from "@/lib/server/seed/scale";
import { createServerDatabase, serverAdminUrl, type RunDatabase } from "../lib/run-database";
import { problemWith, signIn, timedRequest, type RequestSpec } from "./http";
import { importYaml } from "./import-yaml";
import { describeMachine } from "./machine";
import {
  renderMarkdown,
  SCALES,
  formatMs,
  type BenchResults,
  type Measurement,
  type Scale,
  type ScaleRun,
  type ConcurrencyRun,
} from "./report";
import { apiSubmitter, measureConcurrency } from "./concurrency";
import { buildIfNeeded, startServer, waitForStartupJobs, type RunningServer } from "./server";
import { describeStatement, explainAnalyze, queryLogEnd, readQueryLog, replay } from "./sql";
import { median } from "./stats";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "S,M,L" },
    quick: { type: "boolean", default: false },
    out: { type: "string", default: "bench" },
    seed: { type: "string", default: "42" },
    /** Write each page's captured SQL to this folder, for a closer look. */
    "dump-sql": { type: "string" },
    /** Scales at which the concurrency section runs ("" for none). */
    concurrency: { type: "string", default: "M,L" },
    "concurrency-seconds": { type: "string", default: "30" },
    /** Seed and serve each scale, then only the concurrency section (no recompute, pages, submit, import). */
    "only-concurrency": { type: "boolean", default: false },
  },
});
const scales = (values.scales ?? "S,M,L")
  .split(",")
  .map((s) => s.trim().toUpperCase())
  .filter((s): s is Scale => (SCALES as readonly string[]).includes(s));
const quick = values.quick ?? false;
const concurrencyScales = (values.concurrency ?? "")
  .split(",")
  .map((s) => s.trim().toUpperCase())
  .filter((s) => s.length > 0);
const concurrencySeconds = Number(values["concurrency-seconds"] ?? "30");
const onlyConcurrency = values["only-concurrency"] ?? false;
const READERS = [20, 50] as const;
const concurrencyRuns: ConcurrencyRun[] = [];
/**
 * Timed runs: pages and their SQL replays interleaved; operations as often as the ~15-minute
 * budget allows at L. Pages get 10 warm-up requests each: with 3, the first ten timed samples of
 * the first pages measured after the server started were slower than the last twenty (e.g. the
 * overview at L, 104 vs 86 and 141 vs 97 ms median in the last two runs), most likely V8
 * still optimising the page's code.
 */
const SETTINGS: BenchResults["settings"] = quick
  ? { quick, warmups: 1, runs: 3, recomputeRuns: 1, submitRuns: 3, importRuns: 1 }
  : { quick, warmups: 10, runs: 30, recomputeRuns: 5, submitRuns: 15, importRuns: 2 };
/** Submits before the timed ones (the first of the day is reported apart). */
const SUBMIT_WARMUPS = quick ? 1 : 3;
const IMPORT_ENTITIES = 10_000;
/** Imported instead, once, where the 10,000-entity import fails. */
const FALLBACK_IMPORT_ENTITIES = 2_500;
const BENCH_PASSWORD = "debtboard-bench-password";
const RATIO_TARGET = 2;
/** Issue 17: the dashboards' HTML (markup and the inlined RSC payload), uncompressed, at L. */
const HTML_KB_TARGET = 150;
const HTML_TARGET_PAGES = new Set(["page:overview", "page:team", "page:hotspots"]);
/** Issue 17's floors for one reader: p95 at L and growth S→L. */
const PAGE_FLOORS: Record<string, { p95MsAtL: number; growth: number }> = {
  "page:overview": { p95MsAtL: 150, growth: 0.3 },
  "page:team": { p95MsAtL: 150, growth: 0.3 },
  "page:hotspots": { p95MsAtL: 150, growth: 0.3 },
  "page:entity": { p95MsAtL: 80, growth: 0.3 },
  "page:catalog": { p95MsAtL: 80, growth: 0.3 },
};
const GROWTH_TARGET = 1;
/** Server processes for the concurrency section (WEB_CONCURRENCY): one per core. */
const WORKERS = os.availableParallelism();

const cleanups: (() => Promise<void>)[] = [];
const problems: string[] = [];
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);

async function cleanUp() {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    await cleanup?.().catch((e: unknown) => console.error("cleanup failed:", e instanceof Error ? e.message : e));
  }
}
/** Registers a cleanup for Ctrl-C and errors; the returned function runs it now (once) instead. */
function defer(cleanup: () => Promise<void>): () => Promise<void> {
  cleanups.push(cleanup);
  return async () => {
    const i = cleanups.indexOf(cleanup);
    if (i < 0) return;
    cleanups.splice(i, 1);
    await cleanup();
  };
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the server and dropping the benchmark's databases …`);
    void cleanUp().then(() => process.exit(130));
  });
}

// ── measurements, filled scale by scale ────────────────────────────────────
const measurements = new Map<string, Measurement>();
function measurement(id: string, init: Omit<Measurement, "id" | "runs">): Measurement {
  let m = measurements.get(id);
  if (!m) {
    m = { id, ...init, runs: [], notes: [] };
    measurements.set(id, m);
  }
  return m;
}
const note = (m: Measurement, line: string) => (m.notes ??= []).push(line);

interface PageSpec {
  id: string;
  label: string;
  what: string;
  request: RequestSpec;
}

// ── one scale ────────────────────────────────────────────
interface ScaleTargets {
  teamSlug: string;
  model: { name: string };
  adminId: string;
  adminEmail: string;
  token: string;
}

async function counts(client: Db) {
  const [row] = await client.$queryRaw<{ entities: bigint; relations: bigint; assessments: bigint; answers: bigint }[]>`
    SELECT (SELECT count(*) FROM "Entity" WHERE "archivedAt" IS NULL) AS entities,
           (SELECT count(*) FROM "Relation" WHERE "archivedAt" IS NULL) AS relations,
           (SELECT count(*) FROM "Assessment" WHERE status = 'SUBMITTED') AS assessments,
           (SELECT count(*) FROM "Answer") AS answers`;
  return {
    entities: Number(row?.entities ?? 0),
    relations: Number(row?.relations ?? 0),
    assessments: Number(row?.assessments ?? 0),
    answers: Number(row?.answers ?? 0),
  };
}

/** The organisation admin signs in with a password (stored the way better-auth keeps it) and holds an API token. */
async function prepareAccess(client: Db): Promise<ScaleTargets> {
  const admin = await client.user.findFirst({
    where: { orgRole: "ADMIN" },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true },
  });
  if (!admin) throw new Error("The scale data has no organisation admin.");
  await client.account.create({
    data: {
      userId: admin.id,
      providerId: "credential",
      accountId: admin.id,
      password: await hashPassword(BENCH_PASSWORD),
    },
  });
  const token = mintApiToken();
  await client.apiToken.create({
    data: {
      name: "benchmark",
      tokenHash: token.hash,
      prefix: token.prefix,
      userId: admin.id,
      scopes: [...PERMISSIONS],
    },
  });
  // The team with the most entities, and its first model (by name) with a submitted assessment.
  const [team] = await client.$queryRaw<{ slug: string; id: string }[]>`
    SELECT t.slug, t.id FROM "Team" t JOIN "Entity" e ON e."teamId" = t.id AND e."archivedAt" IS NULL
    WHERE t."archivedAt" IS NULL GROUP BY t.id ORDER BY count(*) DESC, t.slug LIMIT 1`;
  if (!team) throw new Error("The scale data has no team with entities.");
  const model = await client.entity.findFirst({
    where: { teamId: team.id, kind: "MODEL", archivedAt: null, assessments: { some: { status: "SUBMITTED" } } },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  if (!model) throw new Error(`Team ${team.slug} has no assessed model.`);
  return { teamSlug: team.slug, model, adminId: admin.id, adminEmail: admin.email, token: token.secret };
}

function pageSpecs(t: ScaleTargets, cookie: string): PageSpec[] {
  const page = (id: string, label: string, p: string, what: string): PageSpec => ({
    id,
    label,
    what,
    request: { path: p, auth: { cookie } },
  });
  return [
    page(
      "page:overview",
      "Overview `/`",
      "/",
      "`GET /` signed in as the organisation admin, to the end of the streamed body.",
    ),
    page(
      "page:team",
      "Team scorecard `/teams/<slug>`",
      `/teams/${t.teamSlug}`,
      "`GET /teams/<slug>` of the team with the most entities, to the end of the streamed body.",
    ),
    page(
      "page:entity",
      "Entity page `/catalog/models/<name>`",
      `/catalog/models/${encodeURIComponent(t.model.name)}`,
      "`GET /catalog/models/<name>` of that team's first assessed model, to the end of the streamed body.",
    ),
    page("page:hotspots", "Hotspots `/hotspots`", "/hotspots", "`GET /hotspots`, to the end of the streamed body."),
    page(
      "page:catalog",
      "Catalogue list `/catalog?kind=features`",
      "/catalog?kind=features",
      "`GET /catalog?kind=features` (the largest kind, first page), to the end of the streamed body.",
    ),
    {
      id: "api:entities",
      label: "API list `GET /api/v1/entities`",
      what: "`GET /api/v1/entities?kind=FEATURE&limit=100` with a personal API token (bearer), the whole JSON body.",
      request: { path: "/api/v1/entities?kind=FEATURE&limit=100", auth: { bearer: t.token } },
    },
  ];
}

async function measurePage(
  server: RunningServer,
  sql: pg.Client,
  queryLog: string,
  spec: PageSpec,
  scale: Scale,
  entities: number,
) {
  const m = measurement(spec.id, {
    label: spec.label,
    what: `${spec.what} Next to it, the SQL statements the server sent for one such request, replayed with \`pg\` on one connection, one after another.`,
    targets: {
      ratio: RATIO_TARGET,
      growth: GROWTH_TARGET,
      ...PAGE_FLOORS[spec.id],
      ...(HTML_TARGET_PAGES.has(spec.id) ? { htmlKbAtL: HTML_KB_TARGET } : {}),
    },
  });
  for (let i = 0; i < SETTINGS.warmups; i++) {
    const r = await timedRequest(server.baseUrl, spec.request);
    const problem = problemWith(r, 200);
    if (problem) throw new Error(`${spec.label} at ${scale}: ${problem}`);
  }
  // Capture: one more request, alone, and what the log gained meanwhile (after the log's
  // buffered lines from earlier requests have been written).
  await new Promise((r) => setTimeout(r, 150));
  const offset = await queryLogEnd(queryLog);
  await timedRequest(server.baseUrl, spec.request);
  await new Promise((r) => setTimeout(r, 150));
  const { statements } = await readQueryLog(queryLog, offset);
  if (values["dump-sql"]) {
    await mkdir(values["dump-sql"], { recursive: true });
    await writeFile(
      path.join(values["dump-sql"], `${scale}-${spec.id.replace(/\W+/g, "-")}.sql`),
      statements.map((st) => `-- ${JSON.stringify(st.params)}\n${st.sql};\n`).join("\n"),
    );
  }
  if (statements.length === 0) problems.push(`${spec.label} at ${scale}: no SQL captured (is the query log on?).`);
  await replay(sql, statements); // warm the replay connection

  const samples: number[] = [];
  const sqlSamples: number[] = [];
  const sizes: number[] = [];
  const perStatement: number[][] = statements.map(() => []);
  for (let i = 0; i < SETTINGS.runs; i++) {
    const r = await timedRequest(server.baseUrl, spec.request);
    const problem = problemWith(r, 200);
    if (problem) throw new Error(`${spec.label} at ${scale}: ${problem}`);
    samples.push(r.ms);
    sizes.push(r.bytes);
    const rep = await replay(sql, statements);
    sqlSamples.push(rep.totalMs);
    rep.each.forEach((ms, j) => perStatement[j]?.push(ms));
  }
  const run: ScaleRun = {
    scale,
    entities,
    samples,
    sqlSamples,
    statements: statements.length,
    bytes: Math.round(median(sizes)),
  };
  m.runs.push(run);

  const pageMedian = median(samples);
  const sqlMedian = median(sqlSamples);
  const medians = perStatement.map((xs) => median(xs));
  const slowest = medians.reduce((best, ms, j) => (ms > (medians[best] ?? -1) ? j : best), 0);
  const slow = statements[slowest];
  if (slow) {
    run.detail = `slowest statement ${formatMs(medians[slowest] ?? Number.NaN)}`;
    if (scale === scales.at(-1)) {
      const outside =
        pageMedian >= sqlMedian
          ? `${formatMs(pageMedian - sqlMedian)} of the page's ${formatMs(pageMedian)} is spent outside the database (session check, Prisma, rendering, streaming)`
          : `the page (${formatMs(pageMedian)}) is faster than its SQL replayed one statement after another (${formatMs(sqlMedian)}): ` +
            `its Suspense cards query concurrently, so the database time is what bounds it`;
      const share = Math.round(((medians[slowest] ?? 0) / sqlMedian) * 100);
      note(
        m,
        `At ${scale}: ${outside}. The slowest statement (${formatMs(medians[slowest] ?? Number.NaN)}, ${share}% of the SQL) is \`${describeStatement(slow.sql)}\``,
      );
      const ratioMissed = sqlMedian > 0 && pageMedian / sqlMedian > RATIO_TARGET;
      if (ratioMissed || (medians[slowest] ?? 0) > 50)
        m.explain = `EXPLAIN ANALYZE of the slowest statement at ${scale}: ${await explainAnalyze(sql, slow)}`;
    }
  }
  log(
    `  ${spec.label}: page ${formatMs(pageMedian)}, SQL ${formatMs(sqlMedian)} (${statements.length} statements), ${(pageMedian / sqlMedian).toFixed(2)}×`,
  );
}

async function measureSubmit(server: RunningServer, t: ScaleTargets, scale: Scale, entities: number) {
  const m = measurement("op:submit", {
    label: "Checklist submit (API)",
    what:
      "`POST /api/v1/entities/models/<name>/assessments` with an answer to every item asked, building on the " +
      "latest submission; the response is 201. The first submit (the first of the day may recompute today's " +
      "score snapshots) is reported apart.",
    targets: { growth: GROWTH_TARGET },
  });
  const base = `/api/v1/entities/models/${encodeURIComponent(t.model.name)}/assessments`;
  const listed = await timedRequest(server.baseUrl, { path: base, auth: { bearer: t.token } });
  if (listed.status === 404 || listed.status === 405) {
    problems.push(`Checklist submit at ${scale}: the API has no ${base} (status ${listed.status}); not measured.`);
    return;
  }
  const parsed = JSON.parse(listed.body) as { items?: { key?: string; itemKey?: string; id?: string }[] };
  const items = parsed.items ?? [];
  if (items.length === 0) {
    problems.push(
      `Checklist submit at ${scale}: GET ${base} listed no checklist items (${listed.body.slice(0, 200)}); not measured.`,
    );
    return;
  }
  const values = ["PASS", "PARTIAL", "FAIL", "PASS", "NA"] as const;
  const body = (run: number) => ({
    answers: items.map((item, i) => ({
      ...((item.key ?? item.itemKey) ? { itemKey: item.key ?? item.itemKey } : { itemId: item.id }),
      value: values[(i + run) % values.length],
      note: `benchmark run ${run}`,
    })),
  });
  const submit = async (run: number) => {
    const r = await timedRequest(server.baseUrl, {
      path: base,
      method: "POST",
      auth: { bearer: t.token },
      json: body(run),
    });
    const problem = problemWith(r, 201);
    if (problem) throw new Error(`Checklist submit at ${scale}: ${problem}`);
    return r.ms;
  };
  const first = await submit(0);
  for (let i = 1; i < SUBMIT_WARMUPS; i++) await submit(i);
  const samples: number[] = [];
  for (let i = 0; i < SETTINGS.submitRuns; i++) samples.push(await submit(100 + i));
  m.runs.push({ scale, entities, samples, detail: `first of the day ${formatMs(first)}; ${items.length} answers` });
  log(`  submit: ${formatMs(median(samples))} (first of the day ${formatMs(first)})`);
}

/** 20 and 50 concurrent readers over overview, team, hotspots and entity, alone and with one submit a second. */
async function measureReaders(server: RunningServer, t: ScaleTargets, cookie: string, scale: Scale) {
  const paths = ["/", `/teams/${t.teamSlug}`, "/hotspots", `/catalog/models/${encodeURIComponent(t.model.name)}`];
  const base = `/api/v1/entities/models/${encodeURIComponent(t.model.name)}/assessments`;
  const listed = await timedRequest(server.baseUrl, { path: base, auth: { bearer: t.token } });
  const items = (JSON.parse(listed.body) as { items?: { key: string }[] }).items ?? [];
  const submit = apiSubmitter(
    server.baseUrl,
    { path: base, auth: { bearer: t.token } },
    items.map((i) => i.key),
  );
  // Warm-up, not recorded: a server that has been answering for a while (compiled hot paths,
  // filled pools), as the one people open in a meeting is, not one that started seconds ago.
  const warm = await measureConcurrency({
    scale,
    baseUrl: server.baseUrl,
    cookie,
    paths,
    connections: READERS[0] ?? 20,
    seconds: Math.min(15, concurrencySeconds),
  });
  log(`  warm-up: ${warm.requests} requests (${warm.requestsPerSecond.toFixed(1)} req/s), not recorded`);
  for (const connections of READERS) {
    for (const withSubmits of [false, true]) {
      const run = await measureConcurrency({
        scale,
        baseUrl: server.baseUrl,
        cookie,
        paths,
        connections,
        seconds: concurrencySeconds,
        ...(withSubmits ? { submit } : {}),
      });
      concurrencyRuns.push(run);
      log(
        `  ${connections} readers${withSubmits ? " + 1 submit/s" : ""}: ${run.requestsPerSecond.toFixed(1)} req/s, ` +
          `p50 ${formatMs(run.p50)}, p95 ${formatMs(run.p95)}, p99 ${formatMs(run.p99)}, ${run.errors} errors` +
          (run.submits ? `, submits ${run.submits.ok} ok / ${run.submits.failed} failed` : ""),
      );
    }
  }
}

type ImportOutcome =
  | { importMs: number; recomputeMs: number | null; counts: Record<string, number>; errors: string[] }
  | { failure: string };

function runImportWorker(databaseUrl: string, file: string): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules", ".bin", "tsx"), ["scripts/bench/import-worker.ts", file], {
      stdio: ["ignore", "pipe", "inherit"],
      // Quiet: pg's deprecation warning about queued queries is the adapter's, not news here.
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_MAX: "2",
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --no-deprecation`.trim(),
      },
    });
    const release = defer(async () => {
      child.kill("SIGKILL");
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => {
      void release(); // already exited: the kill is a no-op
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`The import worker failed (exit ${code}).`));
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`The import worker printed no result: ${out.slice(0, 300)}`));
      }
    });
  });
}

/** Writes a generated import file and imports it in the worker. */
async function importOnce(
  database: RunDatabase,
  tmp: string,
  prefix: string,
  entities: number,
): Promise<ImportOutcome> {
  const file = path.join(tmp, `${prefix}.yaml`);
  await writeFile(file, importYaml({ prefix, entities, teams: 10 }).text);
  const r = await runImportWorker(database.url, file);
  if (!("failure" in r) && (r.errors.length > 0 || (r.counts.created ?? 0) < entities + 10)) {
    throw new Error(
      `The import of ${prefix} did not create its ${entities} entities and 10 teams: ${JSON.stringify(r.counts)} ${r.errors.join("; ")}`,
    );
  }
  return r;
}

async function measureImport(database: RunDatabase, tmp: string, scale: Scale, entities: number) {
  const m = measurement("op:import", {
    label: `Import ${IMPORT_ENTITIES.toLocaleString("en-US")}-entity YAML`,
    what:
      `What \`npm run catalog:import -- <file>\` runs, timed in-process: parse the file, plan it against the ` +
      `catalogue, apply it in one transaction (${IMPORT_ENTITIES.toLocaleString("en-US")} new entities across ` +
      `10 new teams, with lineage). The findings recompute the command runs afterwards is reported apart. Growth ` +
      `is against the catalogue's size before the import.`,
    targets: { growth: GROWTH_TARGET },
  });
  const samples: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < SETTINGS.importRuns; i++) {
    const r = await importOnce(database, tmp, `bench-${scale.toLowerCase()}-${i}`, IMPORT_ENTITIES);
    if ("failure" in r) {
      // A smaller file shows what an import that works costs per entity.
      const small = await importOnce(database, tmp, `bench-${scale.toLowerCase()}-small`, FALLBACK_IMPORT_ENTITIES);
      const smaller =
        "failure" in small
          ? `a ${FALLBACK_IMPORT_ENTITIES.toLocaleString("en-US")}-entity file failed too`
          : `a ${FALLBACK_IMPORT_ENTITIES.toLocaleString("en-US")}-entity file imports in ${formatMs(small.importMs)}`;
      m.runs.push({ scale, entities, samples: [], failure: `${r.failure} (${smaller})` });
      problems.push(`Import at ${scale} failed ${r.failure}; ${smaller}.`);
      log(`  import FAILED ${r.failure}; ${smaller}`);
      return;
    }
    samples.push(r.importMs);
    if (r.recomputeMs !== null) after.push(r.recomputeMs);
  }
  m.runs.push({ scale, entities, samples, detail: `then findings recompute ${formatMs(median(after))}` });
  log(`  import: ${formatMs(median(samples))} (then recompute ${formatMs(median(after))})`);
}

/** One more recompute with the query log on: which statements its time goes to. */
async function noteRecomputeStatements(m: Measurement, databaseUrl: string, tmp: string, scale: Scale) {
  const file = path.join(tmp, `recompute-${scale}.jsonl`);
  process.env.DEBTBOARD_QUERY_LOG = file;
  const logged = createPrismaClient(databaseUrl, 2);
  delete process.env.DEBTBOARD_QUERY_LOG;
  try {
    const r = await recomputeFindings(logged);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const { statements } = await readQueryLog(file, 0);
    const top = [...statements].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0)).slice(0, 3);
    const inSql = statements.reduce((sum, st) => sum + (st.ms ?? 0), 0);
    note(
      m,
      `At ${scale}, one more recompute took ${formatMs(r.ms.total)}: ${statements.length} statements, ${formatMs(inSql)} ` +
        `waiting on the database, the rest in the app (turning rows into objects, the graph analysis ${formatMs(r.ms.analyze)}). ` +
        `Its slowest statements: ${top.map((st) => `${formatMs(st.ms ?? Number.NaN)} \`${describeStatement(st.sql, 90)}\``).join("; ")}.`,
    );
  } finally {
    await logged.$disconnect();
  }
}

async function measureRecompute(
  client: Db,
  databaseUrl: string,
  tmp: string,
  scale: Scale,
  entities: number,
  first: Awaited<ReturnType<typeof recomputeFindings>>,
) {
  const recompute = measurement("op:recompute", {
    label: "Findings recompute (full)",
    what:
      "`recomputeFindings`: load the whole catalogue graph, analyse it (cascades, loops, unused, unstable, " +
      "undeclared, orphans), reconcile the stored findings and refresh entity impacts, in one transaction. " +
      "Timed on an unchanged catalogue after a first recompute (reported apart).",
    targets: { msAtL: 2_000, growth: GROWTH_TARGET },
  });
  const rSamples: number[] = [];
  let last = first;
  for (let i = 0; i < SETTINGS.recomputeRuns; i++) {
    const t = performance.now();
    last = await recomputeFindings(client);
    rSamples.push(performance.now() - t);
  }
  recompute.runs.push({
    scale,
    entities,
    samples: rSamples,
    detail: `first ${formatMs(first.ms.total)} (${first.present} findings); load ${formatMs(last.ms.load)} · analyse ${formatMs(last.ms.analyze)} · write ${formatMs(last.ms.write)}`,
  });
  log(`  recompute: ${formatMs(median(rSamples))} (first ${formatMs(first.ms.total)}, ${first.present} findings)`);
  if (scale === scales.at(-1)) await noteRecomputeStatements(recompute, databaseUrl, tmp, scale);
}

/** The production server with `processes` processes (WEB_CONCURRENCY), once its start-up jobs are done. */
async function startMeasuredServer(databaseUrl: string, queryLog: string, processes: number) {
  const started = new Date();
  const server = await startServer({ databaseUrl, queryLog, env: { WEB_CONCURRENCY: String(processes) } });
  const stop = defer(server.stop);
  // Measure the steady state: not beside the recompute every start-up runs.
  log(
    `  server (${processes} process${processes === 1 ? "" : "es"}): start-up jobs done after ` +
      formatMs(await waitForStartupJobs(databaseUrl, started)),
  );
  return { server, stop };
}

async function benchScale(admin: string, scale: Scale, tmp: string, now: Date) {
  log(`── scale ${scale} ──`);
  const database = await createServerDatabase(admin, `bench_${scale.toLowerCase()}`);
  const dropDatabase = defer(database.drop);
  await migrate({ connectionString: database.url });
  const client = createPrismaClient(database.url, 2);
  const disconnect = defer(() => client.$disconnect());

  // The seed, once per scale (it is the data every other measurement stands on).
  const t0 = performance.now();
  const seeded = await seedScale(client, {
    size: scale,
    seed: Number(values.seed),
    now,
    log: (l) => log(`  seed: ${l}`),
  });
  const seedMs = performance.now() - t0;
  const size = await counts(client);
  const phases = Object.entries(seeded.timings)
    .map(([k, v]) => `${k} ${formatMs(v)}`)
    .join(" · ");
  measurement("op:seed", {
    label: "Scale seed",
    what:
      "`seedScale` (what `npm run db:seed:scale -- --size <S|M|L>` runs) into an empty migrated database: catalogue, " +
      "lineage, usage, 24 months of assessments and answers, score snapshots, in one transaction. One run per " +
      "scale.",
    targets: { growth: GROWTH_TARGET },
  }).runs.push({ scale, entities: size.entities, samples: [seedMs], detail: phases });
  log(`  seeded in ${formatMs(seedMs)}: ${JSON.stringify(size)}`);

  // Findings recompute: the first one finds everything; the timed ones are what every catalogue change costs.
  const first = await recomputeFindings(client);
  // A database this size in use has been vacuumed by autovacuum long since; a freshly loaded one
  // has not, so its index-only scans would still read the table (and autovacuum would start in
  // the middle of the measurements). Done once here, as autovacuum would.
  const v0 = performance.now();
  await client.$executeRawUnsafe("VACUUM ANALYZE");
  log(`  VACUUM ANALYZE: ${formatMs(performance.now() - v0)}`);
  if (!onlyConcurrency) await measureRecompute(client, database.url, tmp, scale, size.entities, first);

  const targets = await prepareAccess(client);
  const queryLog = path.join(tmp, `queries-${scale}.jsonl`);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const endSql = defer(() => sql.end());
  // One reader at a time: one server process (more would split the warm-up between them).
  if (!onlyConcurrency) {
    const { server, stop } = await startMeasuredServer(database.url, queryLog, 1);
    const session = await signIn(server.baseUrl, targets.adminEmail, BENCH_PASSWORD);
    for (const spec of pageSpecs(targets, session.cookie))
      await measurePage(server, sql, queryLog, spec, scale, size.entities);
    await measureSubmit(server, targets, scale, size.entities);
    await stop();
  }
  // Many readers: as a deployment on this machine would run it, one server process per core.
  if (concurrencyScales.includes(scale)) {
    const { server, stop } = await startMeasuredServer(database.url, "", WORKERS);
    await measureReaders(
      server,
      targets,
      (await signIn(server.baseUrl, targets.adminEmail, BENCH_PASSWORD)).cookie,
      scale,
    );
    await stop();
  }
  await endSql();
  if (!onlyConcurrency) await measureImport(database, tmp, scale, size.entities);
  await disconnect();
  await dropDatabase();
  return { scale, ...size };
}

async function main() {
  if (scales.length === 0) throw new Error("Usage: npm run bench -- [--scales S,M,L] [--quick] [--out bench]");
  const admin = await serverAdminUrl();
  if (!admin)
    throw new Error(
      "The benchmark needs a PostgreSQL server: set TEST_DATABASE_URL, or run one on 127.0.0.1:5432 (see README).",
    );
  const startedAt = new Date();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const machine = await describeMachine(admin);
  log(
    `${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · ${machine.postgres} · scales ${scales.join(", ")}${quick ? " (quick)" : ""}`,
  );
  const buildMs = await buildIfNeeded(log);
  if (buildMs > 0) log(`built in ${formatMs(buildMs)}`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "debtboard-bench-"));
  defer(() => rm(tmp, { recursive: true, force: true }));

  const scaleRows: BenchResults["scales"] = [];
  for (const scale of scales) scaleRows.push(await benchScale(admin, scale, tmp, startedAt));

  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command,
    machine,
    settings: { ...SETTINGS, serverProcesses: 1, readerProcesses: WORKERS },
    scales: scaleRows,
    measurements: [...measurements.values()],
    problems,
    concurrency: concurrencyRuns,
  };
  const out = path.resolve(values.out ?? "bench");
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(out, "results.md"), renderMarkdown(results));
  log(`wrote ${path.relative(process.cwd(), path.join(out, "results.md"))} and results.json`);
}

main()
  .then(() => 0)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    process.exit(interrupted ? 130 : code);
  });
