// npm test — the whole suite, in order: typecheck, lint, unit, integration (real Postgres),
// end-to-end (production build + system Chromium). Each run gets databases of its own:
//   TEST_DATABASE_URL if set, else the server on 127.0.0.1:5432, else embedded PGlite.
// `--only static|unit|integration|e2e` (repeatable) runs a subset. The last line reads
// "tests: N passed, N failed[, N skipped]". `--spec <file or grep>` (repeatable) narrows the
// end-to-end stage to those Playwright specs; TEST_OUT_DIR moves the run's reports.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { seedDemo } from "@/lib/server/seed/demo";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { ensureDemoCredentials } from "@/lib/server/seed/demo-credentials";
import { connectorTools, ensureConnectorsVenv } from "@/test/connectors/venv";
import { buildIsCurrent, recordBuildFingerprint } from "./lib/build-fingerprint";
import { freePort } from "./lib/ports";
import { createRunDatabase as createOwnDatabase, type RunDatabase } from "./lib/run-database";

type Stage = "static" | "unit" | "integration" | "e2e";
const STAGES: Stage[] = ["static", "unit", "integration", "e2e"];
const only = process.argv.flatMap((arg, i, all) => (arg === "--only" && all[i + 1] ? [all[i + 1] as Stage] : []));
const stages = only.length ? STAGES.filter((s) => only.includes(s)) : STAGES;
const specs = process.argv.flatMap((arg, i, all) => (arg === "--spec" && all[i + 1] ? [all[i + 1] as string] : []));
const OUT = path.resolve(process.env.TEST_OUT_DIR ?? ".test-data");
const counts = { passed: 0, failed: 0, skipped: 0 };
const cleanups: (() => Promise<void>)[] = [];

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return r.status === 0;
}
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

async function createRunDatabase(purpose: string): Promise<RunDatabase> {
  const database = await createOwnDatabase(purpose);
  cleanups.push(database.drop);
  return database;
}

async function addVitestCounts(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(await readFile(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}

async function addPlaywrightCounts(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(await readFile(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}

async function main(): Promise<boolean> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  let ok = true;

  if (stages.includes("static")) {
    ok = run("prisma generate", "node", ["scripts/prisma-generate.mjs"]) && ok;
    ok = run("next typegen", bin("next"), ["typegen"]) && ok;
    ok = run("typecheck", bin("tsc"), ["--noEmit"]) && ok;
    ok = run("lint", bin("eslint"), ["--max-warnings=0", "."]) && ok;
    ok = run("format (prettier --check)", bin("prettier"), ["--check", ".", "--log-level", "warn"]) && ok;
  }

  if (stages.includes("unit")) {
    const out = path.join(OUT, "unit.json");
    ok =
      run("unit tests", bin("vitest"), [
        "run",
        "--project",
        "unit",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${out}`,
      ]) && ok;
    await addVitestCounts(out);
  }

  if (stages.includes("integration")) {
    // The connector tests drive real Python tools (openlineage-python, mlflow, dbt, feast): each
    // tool's venv is made once (test/connectors/venv.ts); if one cannot be, its tests fail with the
    // same message.
    console.log("\n━━ Python venvs for the connector tests ━━");
    for (const tool of connectorTools()) {
      try {
        console.log(`Ready (${tool}): ${ensureConnectorsVenv(tool, console.log)}`);
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        ok = false;
      }
    }
    const database = await createRunDatabase("test");
    console.log(
      `\nIntegration database: ${database.kind === "embedded" ? "embedded PGlite (no Postgres server found)" : "a fresh database on the Postgres server"}`,
    );
    await migrate({ connectionString: database.url });
    const out = path.join(OUT, "integration.json");
    // The embedded fallback is one session: run test files one at a time.
    const serial = database.kind === "embedded" ? ["--no-file-parallelism", "--maxWorkers=1"] : [];
    ok =
      run(
        "integration tests",
        bin("vitest"),
        [
          "run",
          "--project",
          "integration",
          ...serial,
          "--reporter=default",
          "--reporter=json",
          `--outputFile.json=${out}`,
        ],
        {
          TEST_DATABASE_URL: database.url,
          TEST_DB_KIND: database.kind,
        },
      ) && ok;
    await addVitestCounts(out);
  }

  if (stages.includes("e2e")) {
    const database = await createRunDatabase("e2e");
    await migrate({ connectionString: database.url });
    const db = createPrismaClient(database.url, 1);
    await loadChecklist(db);
    await seedDemo(db, { seed: 42, now: new Date() });
    await recomputeFindings(db); // the demo's findings, every kind (lib/server/findings)
    await ensureDemoCredentials(db); // e2e/auth.setup.ts signs in as the demo people
    await db.$disconnect();
    if (!(await buildIsCurrent())) {
      ok = run("next build", bin("next"), ["build"]) && ok;
      if (ok) await recordBuildFingerprint();
    }
    if (ok) {
      const out = path.join(OUT, "e2e.json");
      ok =
        run("end-to-end tests (Playwright, Chromium)", bin("playwright"), ["test", ...specs], {
          E2E_DATABASE_URL: database.url,
          E2E_POOL_MAX: database.kind === "embedded" ? "1" : "5",
          E2E_PORT: String(await freePort()),
          E2E_IDP_PORT: String(await freePort()), // the test OpenID Connect provider (playwright.config.ts)
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        }) && ok;
      await addPlaywrightCounts(out);
    }
  }
  return ok;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    return false;
  })
  .then(async (ok) => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((e: unknown) => console.error("cleanup failed:", e));
    await writeFile(path.join(OUT, "summary.txt"), `${counts.passed} ${counts.failed} ${counts.skipped}\n`).catch(
      () => {},
    );
    console.log(`\n${ok && counts.failed === 0 ? "All stages passed." : "Some stages FAILED (see above)."}`);
    console.log(
      `tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
    );
    process.exit(ok && counts.failed === 0 ? 0 : 1);
  });
