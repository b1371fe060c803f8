// "The bare SQL a page needs": the statements the server sent while answering one request, read
// from its query log (lib/server/db/query-log.ts), replayed with plain `pg` on one warm
// connection, one after another, inside a transaction that is rolled back (so a replayed write —
// a session refresh, a token's last-used time — changes nothing). Transaction control that
// Prisma sent itself is left out of the replay.
import { open, stat } from "node:fs/promises";
import type pg from "pg";
import { summarizePlan, type ExplainJson } from "./plan";

export interface Statement {
  sql: string;
  params: unknown[];
  /** How long it took when it was logged (Prisma's measure, on the app's side). */
  ms?: number;
}

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION|START\s+TRANSACTION|DEALLOCATE)\b/i;

/** Where the log ends now (bytes): the offset to read the next request's statements from. */
export async function queryLogEnd(file: string): Promise<number> {
  return (await stat(file).catch(() => ({ size: 0 }))).size;
}

/** Everything the log gained since `offset` (bytes); returns the statements and the new offset. */
export async function readQueryLog(file: string, offset: number): Promise<{ statements: Statement[]; offset: number }> {
  const size = await queryLogEnd(file);
  if (size <= offset) return { statements: [], offset: size };
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(size - offset);
    await handle.read(buffer, 0, buffer.length, offset);
    const statements = buffer
      .toString("utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { sql: string; params: string; ms?: number })
      .map((e) => ({ sql: e.sql, params: parseParams(e.params), ms: e.ms }))
      .filter((s) => !CONTROL.test(s.sql));
    return { statements, offset: size };
  } finally {
    await handle.close();
  }
}

function parseParams(params: string): unknown[] {
  if (!params) return [];
  try {
    const parsed: unknown = JSON.parse(params);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The log's values as pg wants them: arrays and scalars pass; objects (JSON columns) as JSON text. */
function toPg(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return JSON.stringify(value);
}

export interface Replay {
  totalMs: number;
  /** Milliseconds per statement, in order. */
  each: number[];
}

export async function replay(client: pg.Client, statements: readonly Statement[]): Promise<Replay> {
  const each: number[] = [];
  const t0 = performance.now();
  await client.query("BEGIN");
  try {
    for (const s of statements) {
      const t = performance.now();
      await client.query(s.sql, s.params.map(toPg));
      each.push(performance.now() - t);
    }
  } finally {
    await client.query("ROLLBACK");
  }
  return { totalMs: performance.now() - t0, each };
}

/** EXPLAIN (ANALYZE) of one statement, rolled back, summarised: the nodes that take the time. */
export async function explainAnalyze(client: pg.Client, s: Statement): Promise<string> {
  await client.query("BEGIN");
  try {
    const r = await client.query<{ "QUERY PLAN": ExplainJson[] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${s.sql}`,
      s.params.map(toPg),
    );
    const explain = r.rows[0]?.["QUERY PLAN"][0];
    return explain ? summarizePlan(explain) : "(no plan)";
  } finally {
    await client.query("ROLLBACK");
  }
}

/** One line naming a statement: its first words, squeezed. */
export function describeStatement(sql: string, max = 140): string {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
