// npm start — one command from a fresh clone to a running debtboard.
//   no DATABASE_URL: embedded Postgres (PGlite) under $DEBTBOARD_DATA_DIR/pglite, demo data on
//                    first run only; data survives restarts.
//   DATABASE_URL:    that server; no demo data unless `npm run db:seed:demo`.
// Then: migrate, load the checklist content, build if the sources changed, serve.
// `--dev` serves with `next dev` instead of a production build; `--prebuilt` serves the build that
// is there without checking the sources (the container image, built at image build time).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { authSecretOf, ConfigError, parseEnv, publicUrlOf, requireAuthSecret } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/server/db/embedded";
import { migrate, MigrationError } from "@/lib/server/db/migrate";
import { migrateForApp } from "@/lib/server/db/roles";
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
import type { CreatedInvitation } from "@/lib/server/members/create-invitation";
import { inviteFirstAdminIfNone } from "@/lib/server/members/invite-first-admin";
import { SERVER_NODE_FLAGS } from "./lib/server-node-flags";

const dev = process.argv.includes("--dev");
const prebuilt = process.argv.includes("--prebuilt");

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

  // On a server: the owner role migrates, the app role only reads and writes rows (lib/server/db/roles.ts).
  // The embedded database is one session of one user inside this process: there is nothing to separate.
  const result = embedded
    ? await migrate({ connectionString: databaseUrl, log })
    : await migrateForApp({ appUrl: databaseUrl, ownerUrl: settings.DATABASE_OWNER_URL, log });
  if (result.applied.length === 0) log(`Database schema is up to date (${result.alreadyApplied} migrations).`);

  const db = createPrismaClient(databaseUrl, 1);
  let firstAdmin: CreatedInvitation | null = null;
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
    // No admin yet (a fresh DATABASE_URL deployment): print a one-time first-admin link.
    firstAdmin = await inviteFirstAdminIfNone(db, publicUrlOf(settings));
  } finally {
    await db.$disconnect();
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    // The server never sees the owner's credentials.
    DATABASE_OWNER_URL: "",
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: embedded ? "1" : String(settings.DATABASE_POOL_MAX),
    // The embedded database takes one connection: one server process; the dev server is one too.
    WEB_CONCURRENCY: embedded || dev ? "1" : String(settings.WEB_CONCURRENCY),
    DEBTBOARD_DEMO: embedded ? "1" : settings.DEBTBOARD_DEMO,
    BETTER_AUTH_SECRET: authSecret,
    // Where people open the app: the SSO callback URL and the origin sign-in must come from.
    BETTER_AUTH_URL: publicUrlOf(settings),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (prebuilt && !existsSync(path.join(".next", "BUILD_ID")))
    throw new Error("--prebuilt, but there is no build in .next: run `next build` first.");
  if (!dev && !prebuilt && !(await buildIsCurrent())) {
    log("Building the app (first start or sources changed; about a minute)…");
    const build = spawnSync(nextBin(), ["build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) throw new Error("next build failed (see above)");
    await recordBuildFingerprint();
  }

  // The server (scripts/serve.ts) writes JSON log lines; its "listening" line is our cue.
  const server = spawn(tsxBin(), [...(dev ? [] : SERVER_NODE_FLAGS), "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...childEnv, PORT: String(settings.PORT), HOST: settings.HOST },
  });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (announced) {
      process.stdout.write(text);
      return;
    }
    if (/"msg":"listening"/.test(text)) {
      announced = true;
      const url = `http://${settings.HOST === "0.0.0.0" ? "localhost" : settings.HOST}:${settings.PORT}`;
      log("");
      log(`debtboard is running at ${url}`);
      log(
        embedded
          ? "Database: embedded Postgres with the demo organisation. Sign in as one of the demo users offered on the sign-in page."
          : "Database: DATABASE_URL. Load demo data into an empty database with `npm run db:seed:demo`.",
      );
      if (firstAdmin) {
        log("");
        log("No organisation admin yet. Open this one-time link to create the first admin account");
        log(
          `(valid until ${firstAdmin.expiresAt.toISOString()}, single use; \`npm run admin:invite -- <email>\` makes another):`,
        );
        log(`  ${firstAdmin.url}`);
        log("");
      }
      log("Stop with Ctrl+C. Health: /api/health (liveness), /api/health/ready (readiness).");
    } else process.stdout.write(text);
  });

  // Ctrl+C or SIGTERM: the server drains its requests and exits; only then does the embedded
  // database stop (stopping it first would fail the requests being drained).
  let exiting = false;
  const exited = new Promise<number>((resolve) => server.on("exit", (code) => resolve(code ?? 0)));
  const stop = async (code: number | null) => {
    if (exiting) return;
    exiting = true;
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    const serverCode = await exited;
    await embedded?.stop();
    process.exit(code ?? serverCode);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  void exited.then(() => stop(null));
}

function nextBin(): string {
  return bin("next");
}

function tsxBin(): string {
  return bin("tsx");
}

function bin(name: string): string {
  const bin = path.resolve("node_modules", ".bin", name);
  if (!existsSync(bin)) throw new Error("node_modules is missing: run `npm install` first.");
  return bin;
}

function log(line: string) {
  console.log(line === "" ? "" : `[debtboard] ${line}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) console.error(`[debtboard] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
