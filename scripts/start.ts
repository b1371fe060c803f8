// npm start — one command from a fresh clone to a running debtboard.
//   no DATABASE_URL: embedded Postgres (PGlite) under $DEBTBOARD_DATA_DIR/pglite, demo data on
//                    first run only; data survives restarts.
//   DATABASE_URL:    that server; no demo data unless `npm run db:seed:demo`.
// Then: migrate, load the checklist content, build if the sources changed, serve.
// `--dev` serves with `next dev` instead of a production build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { authSecretOf, ConfigError, parseEnv, requireAuthSecret } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/server/db/embedded";
import { migrate, MigrationError } from "@/lib/server/db/migrate";
import { buildIsCurrent, recordBuildFingerprint } from "./lib/build-fingerprint";
import { ensureFreePort } from "./lib/ports";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { isSeeded } from "@/lib/server/seed/is-seeded";
import { seedDemo } from "@/lib/server/seed/demo";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { ensureCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { ensureDemoCredentials } from "@/lib/server/seed/demo-credentials";
import { embeddedAuthSecret } from "./lib/auth-secret";

const dev = process.argv.includes("--dev");

async function main() {
  const settings = parseEnv(process.env);
  // A real database needs a configured session secret (sessions must outlive this process);
  // the embedded demo makes one and keeps it in its data directory.
  const authSecret = settings.DATABASE_URL
    ? requireAuthSecret(settings)
    : (authSecretOf(settings) ?? (await embeddedAuthSecret(path.resolve(settings.DEBTBOARD_DATA_DIR))));
  await ensureFreePort(settings.PORT, settings.HOST);

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = settings.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.resolve(settings.DEBTBOARD_DATA_DIR, "pglite");
    log(`No DATABASE_URL: using the embedded Postgres in ${path.relative(process.cwd(), dataDir) || dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir });
    databaseUrl = embedded.url;
  }

  const result = await migrate({ connectionString: databaseUrl, log });
  if (result.applied.length === 0) log(`Database schema is up to date (${result.alreadyApplied} migrations).`);

  const db = createPrismaClient(databaseUrl, 1);
  try {
    await loadChecklist(db);
    if (embedded && !(await isSeeded(db))) {
      log("First run: loading the demo organisation (takes a few seconds)…");
      const started = Date.now();
      await seedDemo(db, { seed: 42, now: new Date() });
      await recomputeFindings(db); // the demo's findings, every kind (lib/server/findings)
      log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    // The demo people's password for the sign-in page's one-click buttons (idempotent).
    if (embedded) await ensureDemoCredentials(db);
    // Hotspot impact (EntityImpact) is written by findings recomputes; a database migrated from before it has none yet.
    if (!(await db.entityImpact.findFirst({ select: { entityId: true } }))) await recomputeFindings(db);
    // Trends end at today's point, whenever the data was loaded.
    await recordScoreSnapshots(db, { on: new Date() });
    // Current scores (CurrentScore, PooledScore) are kept by every write; a database migrated from before them has none yet.
    if (await ensureCurrentScores(db)) log("Current scores computed from the assessments.");
  } finally {
    await db.$disconnect();
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: embedded ? "1" : String(settings.DATABASE_POOL_MAX),
    DEBTBOARD_DEMO: embedded ? "1" : settings.DEBTBOARD_DEMO,
    BETTER_AUTH_SECRET: authSecret,
    // Where people open the app: the SSO callback URL and the origin sign-in must come from.
    BETTER_AUTH_URL:
      settings.BETTER_AUTH_URL ??
      `http://${settings.HOST === "0.0.0.0" ? "localhost" : settings.HOST}:${settings.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && !(await buildIsCurrent())) {
    log("Building the app (first start or sources changed; about a minute)…");
    const build = spawnSync(nextBin(), ["build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) throw new Error("next build failed (see above)");
    await recordBuildFingerprint();
  }

  // Production: scripts/serve.ts (Next's handler behind node:http, which decides the client's
  // address from the connection and TRUSTED_PROXIES); development: `next dev`.
  const [command, args] = dev
    ? [nextBin(), ["dev", "-p", String(settings.PORT), "-H", settings.HOST]]
    : [bin("tsx"), ["scripts/serve.ts", "-p", String(settings.PORT), "-H", settings.HOST]];
  const server = spawn(command, args, {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...childEnv, ...(dev ? {} : { NODE_ENV: "production" }) },
  });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (!announced && /Ready|started server|Local:/i.test(text)) {
      announced = true;
      const url = `http://${settings.HOST === "0.0.0.0" ? "localhost" : settings.HOST}:${settings.PORT}`;
      log("");
      log(`debtboard is running at ${url}`);
      log(
        embedded
          ? "Database: embedded Postgres with the demo organisation. Sign in as one of the demo users offered on the sign-in page."
          : "Database: DATABASE_URL. Load demo data into an empty database with `npm run db:seed:demo`.",
      );
      log("Stop with Ctrl+C.");
    } else if (announced) {
      process.stdout.write(text);
    }
  });

  const stop = async (code: number) => {
    if (!server.killed) server.kill("SIGTERM");
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

function bin(name: string): string {
  const file = path.resolve("node_modules", ".bin", name);
  if (!existsSync(file)) throw new Error("node_modules is missing: run `npm install` first.");
  return file;
}

function nextBin(): string {
  return bin("next");
}

function log(line: string) {
  console.log(line === "" ? "" : `[debtboard] ${line}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) console.error(`[debtboard] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
