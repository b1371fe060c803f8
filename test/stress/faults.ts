// The fault scenarios: Postgres restarted under load, an import killed midway, two people
// submitting the same assessment at once. Each reports through Checks.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { importYaml } from "../../scripts/bench/import-yaml";
import { ms, type Checks } from "./checks";
import { countDifferences, tableCounts } from "./invariants";
import { messageOf, type LoadResult } from "./load";
import type { PrivatePostgres } from "./private-postgres";
import type { StressWorld } from "./world";

/**
 * The rule for requests around a Postgres restart: a request whose lifetime overlaps the outage
 * window — from the moment Postgres is told to stop until GRACE_MS after it accepts connections
 * again — may fail with 503 (API: a JSON message saying the database is unavailable) or 500
 * (a page). Outside the window every request must succeed as it would without the fault; a
 * request with no HTTP answer at all (the app down) fails the test anywhere.
 */
export const GRACE_MS = 2_000;

export interface Outage {
  stopAt: number;
  readyAt: number;
}

export function judgeOutage(
  checks: Checks,
  load: LoadResult,
  outage: Outage,
): { recoveryMs: number; failedInWindow: number } {
  const windowEnd = outage.readyAt + GRACE_MS;
  const overlaps = (s: { start: number; end: number }) => s.end >= outage.stopAt && s.start <= windowEnd;
  const failed = load.samples.filter((s) => s.status >= 500 || s.status === 0);
  const outside = failed.filter((s) => !overlaps(s));
  const noAnswer = failed.filter((s) => s.status === 0);
  const unclear = failed.filter(
    (s) => overlaps(s) && s.kind !== "page" && !(s.status === 503 && /database is unavailable/i.test(s.message ?? "")),
  );
  checks.check(
    "postgres restart: no 5xx outside the outage window",
    outside.length === 0,
    outside.length
      ? `${outside.length}, e.g. ${outside[0]?.status} ${outside[0]?.path}: ${outside[0]?.message}`
      : `${failed.length} failure(s), all inside the window`,
  );
  checks.check(
    "postgres restart: the app answered every request (no connection errors)",
    noAnswer.length === 0,
    noAnswer[0]?.message ?? "",
  );
  checks.check(
    "postgres restart: API failures in the window are 503 saying the database is unavailable",
    unclear.length === 0,
    unclear.length ? `${unclear[0]?.status}: ${unclear[0]?.message}` : "",
  );
  const firstOk = load.samples
    .filter((s) => s.kind === "submit" && s.status === 201 && s.start >= outage.readyAt)
    .sort((a, b) => a.end - b.end)[0];
  const recoveryMs = firstOk ? firstOk.end - outage.readyAt : Number.NaN;
  checks.check(
    "postgres restart: submits succeed again after Postgres is back",
    firstOk !== undefined,
    `first acknowledged submit ${ms(recoveryMs)} after Postgres accepted connections again (outage ${ms(outage.readyAt - outage.stopAt)})`,
  );
  return { recoveryMs, failedInWindow: failed.length };
}

/**
 * An import of a big file killed (SIGKILL) once its transaction has started writing: Postgres
 * rolls the transaction back when the connection drops, so nothing of it may be visible.
 */
export async function killedImport(
  checks: Checks,
  options: { databaseUrl: string; dir: string; entities: number },
): Promise<void> {
  const file = path.join(options.dir, "stress-killed-import.yaml");
  await writeFile(
    file,
    importYaml({ prefix: `stress-kill-${Date.now().toString(36)}`, entities: options.entities, teams: 5 }).text,
  );
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const before = await tableCounts(client);
    const database = (await client.query<{ d: string }>("SELECT current_database() AS d")).rows[0]?.d;
    const child = spawn(path.resolve("node_modules", ".bin", "tsx"), ["scripts/catalog-import.ts", file], {
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, DATABASE_URL: options.databaseUrl, DATABASE_POOL_MAX: "2" },
    });
    let exited = false;
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
    const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
    // "Started writing": a backend of this database (not ours) holds a transaction id.
    const started = Date.now();
    let writing = false;
    while (!exited && Date.now() - started < 120_000) {
      const r = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
        [database],
      );
      if ((r.rows[0]?.n ?? 0) > 0) {
        writing = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    // Let it write a moment longer (batched, the whole write takes about a second at 10,000
    // entities), then kill the whole process group (tsx and its node child).
    if (writing) await new Promise((r) => setTimeout(r, 50));
    if (!exited && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    await exit;
    checks.check(
      "killed import: it was killed while its transaction was writing",
      writing,
      writing ? `after ${ms(Date.now() - started)}` : `the import ended first: ${stderr.slice(-300)}`,
    );
    // Postgres ends the orphaned backend when it reads the closed socket.
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const r = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
        [database],
      );
      if ((r.rows[0]?.n ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const diff = countDifferences(before, await tableCounts(client));
    checks.check(
      "killed import: nothing of it applied (every table's row count unchanged)",
      diff.length === 0,
      diff.join("; "),
    );
  } finally {
    await client.end();
  }
}

/** Two people submit the same assessment (same predecessor) at once, over HTTP, several times. */
export async function concurrentSubmits(
  checks: Checks,
  options: { baseUrl: string; world: StressWorld; rounds: number },
): Promise<void> {
  const { baseUrl, world } = options;
  const outcomes: string[] = [];
  let good = 0;
  for (let round = 0; round < options.rounds; round++) {
    const target = world.targets[round % world.targets.length]!;
    const path = `/api/v1/entities/${target.slug}/${encodeURIComponent(target.name)}/assessments`;
    const [alice, bob] = [
      world.tokens[(2 * round) % world.tokens.length]!,
      world.tokens[(2 * round + 1) % world.tokens.length]!,
    ];
    const read = await fetch(`${baseUrl}${path}?limit=1`, { headers: { authorization: `Bearer ${alice}` } });
    const { latestSeq, items } = (await read.json()) as { latestSeq: number | null; items: { key: string }[] };
    const post = (token: string, value: string) =>
      fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ answers: items.map((i) => ({ itemKey: i.key, value })), basedOnSeq: latestSeq }),
      }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const answers = await Promise.all([post(alice, "PASS"), post(bob, "FAIL")]);
    const statuses = answers.map((a) => a.status).sort();
    const loser = answers.find((a) => a.status === 409);
    const told = loser ? /submitted an assessment at/.test(messageOf(loser)) : false;
    if (statuses[0] === 201 && statuses[1] === 409 && told) good++;
    else
      outcomes.push(`round ${round}: ${answers.map((a) => `${a.status} ${messageOf(a).slice(0, 120)}`).join(" | ")}`);
    const after = (await (
      await fetch(`${baseUrl}${path}?limit=1`, { headers: { authorization: `Bearer ${alice}` } })
    ).json()) as { latestSeq: number | null };
    if (after.latestSeq !== (latestSeq ?? 0) + 1)
      outcomes.push(`round ${round}: latestSeq ${latestSeq} → ${after.latestSeq} (expected one more)`);
  }
  const example = outcomes[0] ?? "";
  checks.check(
    "same assessment submitted twice at once: exactly one 201, the other 409 saying who submitted first",
    outcomes.length === 0,
    outcomes.length ? `${outcomes.length} problem(s); ${example}` : `${good}/${options.rounds} rounds`,
  );
}

export async function restartPostgres(postgres: PrivatePostgres, downMs: number): Promise<Outage> {
  const stopAt = Date.now();
  await postgres.stop();
  await new Promise((r) => setTimeout(r, downMs));
  await postgres.start();
  return { stopAt, readyAt: Date.now() };
}
