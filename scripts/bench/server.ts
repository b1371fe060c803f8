// The production server the benchmark measures: `next build` only when the sources changed
// since the last build (scripts/lib/build-fingerprint.ts), then the production server (scripts/serve.ts) on a free loopback
// port against one database, optionally with the query log on (lib/server/db/query-log.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { JOB_SCHEMA } from "@/lib/server/jobs/queue";
import { buildIsCurrent, recordBuildFingerprint } from "../lib/build-fingerprint";
import { freePort } from "../lib/ports";
import { SERVER_NODE_FLAGS } from "../lib/server-node-flags";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

/** Builds if the build is not current; returns how long the build took (0 when none was needed). */
export async function buildIfNeeded(log: (line: string) => void): Promise<number> {
  if (await buildIsCurrent()) return 0;
  log("next build (the sources changed since the last build) …");
  const t0 = performance.now();
  const r = spawnSync(bin("next"), ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed (see above).");
  await recordBuildFingerprint();
  return performance.now() - t0;
}

/** One secret per run: servers started together are instances of one deployment, so a session
 *  signed by one must be accepted by the others (test/stress/instances.ts). */
const DEPLOYMENT_SECRET = randomBytes(32).toString("base64url");

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** `queryLog`: the file the server logs its SQL to (lib/server/db/query-log.ts); unset → no log. */
export async function startServer(options: {
  databaseUrl: string;
  queryLog?: string;
  poolMax?: number;
  /** More settings for the server (e.g. TRUSTED_PROXIES). */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The production server as `npm start` runs it (scripts/serve.ts).
  const child: ChildProcess = spawn(bin("tsx"), [...SERVER_NODE_FLAGS, "scripts/serve.ts"], {
    // Its own process group, so stopping it stops next's workers too.
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: String(options.poolMax ?? 10),
      PORT: String(port),
      HOST: "127.0.0.1",
      BETTER_AUTH_SECRET: DEPLOYMENT_SECRET,
      BETTER_AUTH_URL: baseUrl,
      DEBTBOARD_DEMO: "0",
      DEBTBOARD_QUERY_LOG: options.queryLog ?? "",
      ...options.env,
    },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000);
    await done;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited early:\n${stderr}`);
    try {
      const res = await fetch(`${baseUrl}/sign-in`, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.status < 500) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not answer within 60 s:\n${stderr}`);
}

/**
 * Waits until the server's start-up jobs have run: every start enqueues a findings recompute and
 * today's score snapshots (lib/server/findings/recompute-job.ts), seconds of work at scale L that
 * would otherwise run beside the first measurements. Done = at least one job created since
 * `since` and none waiting or running. Returns how long it waited.
 */
export async function waitForStartupJobs(databaseUrl: string, since: Date, timeoutMs = 15 * 60_000): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = performance.now();
  try {
    for (;;) {
      const { rows } = await client
        .query<{ created: number; pending: number }>(
          `SELECT COUNT(*) FILTER (WHERE created_on >= $1)::int AS created,
           COUNT(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS pending
         FROM ${JOB_SCHEMA}.job`,
          [since],
        )
        .catch(() => ({ rows: [{ created: 0, pending: 1 }] })); // the schema appears when the queue starts
      const [r] = rows;
      if (r && r.created > 0 && r.pending === 0) return performance.now() - t0;
      if (performance.now() - t0 > timeoutMs)
        throw new Error(`the server's start-up jobs did not finish within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}
