// A query log for the benchmark (scripts/bench), off unless DEBTBOARD_QUERY_LOG names a file:
// then every SQL statement a Prisma client sends is appended to it as one JSON line
// { sql, params, ms }, so the benchmark can replay exactly what a page asked the database for
// and time "the bare SQL" next to the page. Lines are buffered and written in batches, so the
// switch costs a request next to nothing; it is read from the process environment directly
// because it is a measuring aid, not a setting of the app (lib/config/env.ts).
import { appendFileSync } from "node:fs";

interface QueryEvent {
  query: string;
  params: string;
  duration: number;
}
interface QueryEmitter {
  $on(event: "query", callback: (event: QueryEvent) => void): unknown;
}

const FLUSH_AFTER_MS = 20;

function logFile(): string | undefined {
  return process.env.DEBTBOARD_QUERY_LOG || undefined;
}

/** Spread into the PrismaClient options: asks for query events only when the log is on. */
export function queryLogOption(): object {
  return logFile() ? { log: [{ emit: "event", level: "query" }] } : {};
}

/** Appends the client's queries to the log file when the log is on; returns the client unchanged. */
export function withQueryLog<C>(client: C): C {
  const file = logFile();
  if (!file) return client;
  let pending: string[] = [];
  const flush = () => {
    const lines = pending;
    pending = [];
    appendFileSync(file, lines.join(""));
  };
  (client as unknown as QueryEmitter).$on("query", (e) => {
    if (pending.length === 0) setTimeout(flush, FLUSH_AFTER_MS).unref();
    pending.push(`${JSON.stringify({ sql: e.query, params: e.params, ms: e.duration })}\n`);
  });
  return client;
}
