// npm run test:stress — load, fault and hostile-input tests against the production server on
// loopback, in a Postgres cluster of the run's own (test/stress/private-postgres.ts; the fault
// test restarts it, so it must not be the machine's shared server). In order:
//   load      50 virtual users for 60 s mixing page reads, API reads and whole-assessment submits;
//             no 5xx, p50/p95 reported, stored submits = acknowledged ones (nothing lost or doubled)
//   conflict  two people submitting the same assessment at once: one 201, one 409 that says so
//   instances three app servers on one Postgres (one of them two cluster workers), load spread over them with catalogue changes on
//             random instances: nothing lost or doubled (submits, snapshots, findings), a change
//             through one instance visible in the others' lineage view at once (LISTEN/NOTIFY)
//   restart   Postgres stopped for 3 s under load: clear 503s in the window only, recovery
//             without restarting the app, nothing half-written (SQL invariants)
//   import    the import CLI SIGKILLed while its transaction writes: nothing applied
//   fuzz      hostile input on every /api/v1 mutation and the YAML importer: 4xx naming the
//             problem, never 5xx, nothing stored; plus the YAML parser in process
//   security  issue 18's probes (test/stress/security.ts): open redirects, sign-in limits that a
//             spoofed X-Forwarded-For cannot escape, no self-rename, the import gate and per-token
//             rate limit, partial PUT, NUL / invalid UTF-8 → 400, Markdown export escaping, team
//             tokens tied to their creator, headers
// Builds first if the sources changed. Ends with "stress: N passed, N failed"; exit 1 on a failure.
// STRESS_SEED=<n> replays a run's random choices (load mix and fuzz cases); the seed is printed.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { seedDemo } from "@/lib/server/seed/demo";
import { ensureDemoCredentials } from "@/lib/server/seed/demo-credentials";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { liveItems } from "@/lib/server/assessments/live-items";
import { Checks, ms } from "../test/stress/checks";
import { concurrentSubmits, judgeOutage, killedImport, restartPostgres, type Outage } from "../test/stress/faults";
import { fuzzApi, fuzzYamlParser } from "../test/stress/fuzz";
import { severalInstances } from "../test/stress/instances";
import { checkInvariants } from "../test/stress/invariants";
import { securityProbes } from "../test/stress/security";
import { runLoad, type LoadResult, type Sample } from "../test/stress/load";
import { startPrivatePostgres, type PrivatePostgres } from "../test/stress/private-postgres";
import { prepareWorld, type StressWorld } from "../test/stress/world";
import { buildIfNeeded, startServer, type RunningServer } from "./bench/server";
import { percentile } from "./bench/stats";
import { createServerDatabase } from "./lib/run-database";
import { freePort } from "./lib/ports";

const SEED = Number(process.env.STRESS_SEED ?? process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const VUS = 50;
const LOAD_MS = Number(process.env.STRESS_LOAD_SECONDS ?? 60) * 1000;
/** STRESS_ONLY=load,conflict,instances,restart,import,fuzz,security runs a subset (while developing). */
const ONLY = new Set((process.env.STRESS_ONLY ?? "load,conflict,instances,restart,import,fuzz,security").split(","));
/** The server's per-token API limit: above what one virtual user or the fuzzer's admin token needs. */
const API_LIMIT = 600;
const MAX_REQUESTS = 200_000;
// A hang guard, not a speed test: the sections alone take about 8 minutes on a loaded 2-core machine.
const BUDGET_MS = 14 * 60_000;

const checks = new Checks();
const cleanups: (() => Promise<void>)[] = [];
const section = (title: string) => console.log(`\n━━ ${title} ━━`);

async function submittedIds(client: pg.Client): Promise<Set<string>> {
  return new Set(
    (await client.query<{ id: string }>(`SELECT id FROM "Assessment" WHERE status = 'SUBMITTED'`)).rows.map(
      (r) => r.id,
    ),
  );
}

function summarize(label: string, load: LoadResult): string {
  const by = (kind: Sample["kind"]) => load.samples.filter((s) => s.kind === kind);
  const okMs = (samples: Sample[]) => samples.filter((s) => s.status > 0 && s.status < 400).map((s) => s.end - s.start);
  const line = (kind: Sample["kind"], samples: Sample[]) => {
    const t = okMs(samples);
    return `${kind.padEnd(8)} ${String(samples.length).padStart(6)} requests  p50 ${ms(percentile(t, 50)).padStart(7)}  p95 ${ms(percentile(t, 95)).padStart(7)}`;
  };
  const submits = by("submit");
  const seconds = (load.endedAt - load.startedAt) / 1000;
  return [
    `${label}: ${load.samples.length} requests in ${seconds.toFixed(1)} s (${(load.samples.length / seconds).toFixed(0)}/s)`,
    `  ${line("page", by("page"))}`,
    `  ${line("api-read", by("api-read"))}`,
    `  ${line("submit", submits)}`,
    `  submits: ${submits.filter((s) => s.status === 201).length} acknowledged (201), ${submits.filter((s) => s.status === 409).length} refused as concurrent (409), ` +
      `${submits.filter((s) => s.status !== 201 && s.status !== 409).length} other`,
  ].join("\n");
}

/** Load checks shared by the plain load and the restart: stored submits = acknowledged ones. */
async function checkStored(client: pg.Client, label: string, before: Set<string>, load: LoadResult, ambiguous = 0) {
  const now = await submittedIds(client);
  const created = [...now].filter((id) => !before.has(id));
  const acked = new Set(load.acked);
  const lost = load.acked.filter((id) => !now.has(id));
  const unacked = created.filter((id) => !acked.has(id));
  const doubled = load.acked.length - acked.size;
  const ok = lost.length === 0 && doubled === 0 && unacked.length <= ambiguous;
  checks.check(
    `${label}: stored SUBMITTED assessments = before + acknowledged submits (nothing lost, nothing doubled)`,
    ok,
    `before ${before.size}, acknowledged ${load.acked.length}, after ${now.size}; lost ${lost.length}, doubled ${doubled}, stored but not acknowledged ${unacked.length}` +
      (ambiguous ? ` (allowed: ${ambiguous}, the submits cut off by the outage)` : ""),
  );
}

async function invariants(client: pg.Client, label: string, since: Date) {
  const problems = await checkInvariants(client, since);
  checks.check(
    `${label}: SQL invariants (frozen sums = answers, seq 1..n, imports whole)`,
    problems.length === 0,
    problems.join(" | "),
  );
}

async function loadTest(server: RunningServer, world: StressWorld, client: pg.Client): Promise<void> {
  section(`load: ${VUS} virtual users for ${LOAD_MS / 1000} s`);
  const before = await submittedIds(client);
  const since = new Date();
  const load = await runLoad({
    baseUrl: server.baseUrl,
    world,
    vus: VUS,
    durationMs: LOAD_MS,
    maxRequests: MAX_REQUESTS,
    seed: SEED,
  });
  console.log(summarize("load", load));
  const server5xx = load.samples.filter((s) => s.status >= 500 || s.status === 0);
  checks.check(
    "load: no 5xx and no dropped connection",
    server5xx.length === 0,
    server5xx.length
      ? `${server5xx.length}, e.g. ${server5xx[0]?.status} ${server5xx[0]?.path}: ${server5xx[0]?.message}`
      : `${load.samples.length} requests`,
  );
  const unexpected = load.samples.filter(
    (s) => s.status >= 400 && s.status < 500 && !(s.kind === "submit" && s.status === 409),
  );
  checks.check(
    "load: no 4xx other than 409 on concurrent submits",
    unexpected.length === 0,
    unexpected.length
      ? `${unexpected.length}, e.g. ${unexpected[0]?.status} ${unexpected[0]?.path}: ${unexpected[0]?.message}`
      : "",
  );
  const conflicts = load.samples.filter((s) => s.kind === "submit" && s.status === 409);
  const unclear = conflicts.filter((s) => !/submitted an assessment at/.test(s.message ?? ""));
  checks.check(
    "load: every 409 says who submitted first",
    unclear.length === 0,
    unclear[0]?.message ?? `${conflicts.length} conflicts`,
  );
  checks.check("load: submits were acknowledged", load.acked.length > 0, `${load.acked.length}`);
  await checkStored(client, "load", before, load);
  await invariants(client, "load", since);
}

async function restartTest(
  server: RunningServer,
  world: StressWorld,
  client: () => Promise<pg.Client>,
  postgres: PrivatePostgres,
): Promise<void> {
  section("fault: Postgres restarted under load (30 users, 25 s; Postgres down for 3 s from t = 6 s)");
  let c = await client();
  const before = await submittedIds(c);
  await c.end();
  const since = new Date();
  let outage: Outage | undefined;
  const restart = (async () => {
    await new Promise((r) => setTimeout(r, 6_000));
    outage = await restartPostgres(postgres, 3_000);
  })();
  const load = await runLoad({
    baseUrl: server.baseUrl,
    world,
    vus: 30,
    durationMs: 25_000,
    maxRequests: MAX_REQUESTS,
    seed: SEED + 1,
  });
  await restart;
  console.log(summarize("restart load", load));
  if (!outage) throw new Error("the restart did not happen");
  const { recoveryMs } = judgeOutage(checks, load, outage);
  console.log(
    `  recovery: Postgres down ${ms(outage.readyAt - outage.stopAt)}; first acknowledged submit ${ms(recoveryMs)} after it was back`,
  );
  c = await client();
  try {
    // A submit whose connection was cut during COMMIT cannot know whether it committed: allowed, counted.
    const cut = load.samples.filter((s) => s.kind === "submit" && (s.status >= 500 || s.status === 0)).length;
    await checkStored(c, "restart", before, load, cut);
    await invariants(c, "restart", since);
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`stress seed: ${SEED} (replay with STRESS_SEED=${SEED})`);
  section("set-up");
  // STRESS_SKIP_BUILD=1 serves the existing build as it is (while developing, when others' edits keep the sources moving).
  const built = process.env.STRESS_SKIP_BUILD === "1" ? 0 : await buildIfNeeded((l) => console.log(l));
  if (built) console.log(`  built in ${ms(built)}`);
  armGuard();
  const postgres = await startPrivatePostgres(await freePort());
  cleanups.push(() => postgres.destroy());
  const database = await createServerDatabase(postgres.adminUrl, "stress");
  console.log(`  private Postgres on 127.0.0.1:${postgres.port}`);
  await migrate({ connectionString: database.url });
  const db = createPrismaClient(database.url, 2);
  cleanups.push(() => db.$disconnect());
  await loadChecklist(db);
  await seedDemo(db, { seed: 42, now: new Date() });
  await recomputeFindings(db);
  await ensureDemoCredentials(db);
  await recordScoreSnapshots(db, { on: new Date() });
  const server = await startServer({
    databaseUrl: database.url,
    queryLog: "",
    poolMax: 10,
    env: { API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT) },
  });
  cleanups.push(() => server.stop());
  const world = await prepareWorld(db, server.baseUrl, { vus: VUS, targets: 40 });
  console.log(
    `  seeded the demo, server at ${server.baseUrl}, ${world.tokens.length} tokens, ${world.targets.length} target entities (${ms(Date.now() - started)})`,
  );

  const connect = async () => {
    const c = new pg.Client({ connectionString: database.url });
    await c.connect();
    return c;
  };

  const client = await connect();
  try {
    if (ONLY.has("load")) await loadTest(server, world, client);
    if (ONLY.has("conflict")) {
      section("fault: two people submit the same assessment at once");
      await concurrentSubmits(checks, { baseUrl: server.baseUrl, world, rounds: 10 });
    }
    if (ONLY.has("instances")) {
      section(
        "several instances: 3 app servers on one Postgres (one runs 2 cluster workers, WEB_CONCURRENCY=2), 30 users for 30 s spread over them",
      );
      const others = [
        await startServer({ databaseUrl: database.url, queryLog: "", poolMax: 10 }),
        await startServer({ databaseUrl: database.url, queryLog: "", poolMax: 5, env: { WEB_CONCURRENCY: "2" } }),
      ];
      try {
        const load = await severalInstances(checks, {
          baseUrls: [server.baseUrl, ...others.map((o) => o.baseUrl)],
          world,
          db,
          client,
          seed: SEED,
          vus: 30,
          durationMs: 30_000,
        });
        console.log(summarize("instances load", load));
      } finally {
        for (const other of others) await other.stop();
      }
    }
  } finally {
    await client.end();
  }

  if (ONLY.has("restart")) await restartTest(server, world, connect, postgres);
  if (ONLY.has("import")) await importTest(database.url, started, connect);
  if (ONLY.has("fuzz")) await fuzzTest(db, server, world, database.url);
  if (ONLY.has("security")) {
    section("security probes (issue 18)");
    await securityProbes(checks, { baseUrl: server.baseUrl, world, db, apiLimit: API_LIMIT });
  }
  console.log(`\n  total time ${ms(Date.now() - started)}`);
}

async function importTest(databaseUrl: string, started: number, connect: () => Promise<pg.Client>) {
  section("fault: an import of 10,000 entities killed midway");
  const dir = await mkdtemp(path.join(tmpdir(), "debtboard-stress-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await killedImport(checks, { databaseUrl, dir, entities: 10_000 });
  const c = await connect();
  try {
    await invariants(c, "after the killed import", new Date(started));
  } finally {
    await c.end();
  }
}

async function fuzzTest(
  db: ReturnType<typeof createPrismaClient>,
  server: RunningServer,
  world: StressWorld,
  databaseUrl: string,
) {
  section("hostile input");
  const model = await db.entity.findFirstOrThrow({
    where: { kind: "MODEL", archivedAt: null, team: { slug: "team-ranking" } },
    select: { name: true },
  });
  const feature = await db.entity.findFirstOrThrow({
    where: { kind: "FEATURE", archivedAt: null },
    select: { name: true },
  });
  const member = await db.user.findFirstOrThrow({ where: { email: { startsWith: "member@" } }, select: { id: true } });
  const token = await db.apiToken.findFirstOrThrow({ select: { id: true } });
  const [item] = await liveItems(db, "DEBT", "MODEL");
  await fuzzApi(checks, {
    baseUrl: server.baseUrl,
    token: world.adminToken,
    databaseUrl,
    targets: {
      team: "team-ranking",
      model: model.name,
      feature: feature.name,
      itemKey: item?.key ?? "",
      userId: member.id,
      tokenId: token.id,
    },
    seed: SEED,
    generated: 400,
    reportFile: path.resolve(process.env.TEST_OUT_DIR ?? ".test-data", "stress-fuzz-failures.txt"),
  });
  fuzzYamlParser(checks, { seed: SEED, iterations: 3_000 });
}

// The budget covers the run itself, armed once the build (if any) is done: a cold `next build`
// on a loaded machine takes minutes of its own and says nothing about the app under stress.
let guard: ReturnType<typeof setTimeout> | undefined;
function armGuard(): void {
  guard = setTimeout(() => {
    checks.check(`the run finishes within ${BUDGET_MS / 60_000} minutes`, false, "stopped by the time guard");
    void finish(1);
  }, BUDGET_MS + 60_000);
}

let finishing = false;
async function finish(code: number) {
  if (finishing) return;
  finishing = true;
  clearTimeout(guard);
  for (const cleanup of cleanups.reverse())
    await cleanup().catch((e: unknown) => console.error("cleanup failed:", e instanceof Error ? e.message : e));
  console.log(`\nstress: ${checks.passed} passed, ${checks.failed} failed`);
  process.exit(code === 0 && checks.failed === 0 ? 0 : 1);
}

main()
  .then(() => finish(0))
  .catch((error: unknown) => {
    console.error(error);
    checks.check("the run completes", false, error instanceof Error ? error.message : String(error));
    return finish(1);
  });
