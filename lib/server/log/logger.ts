// Structured logs: one JSON object per line on stdout ({ time, level, msg, requestId?, ... }),
// for whatever collects the container's or service's output. The request id comes from the
// request being served (lib/server/http/app-server.ts runs each request inside
// requestContext), so a line logged anywhere below a request names it without being passed it.
// The context lives on globalThis: the HTTP server (scripts/serve.ts) and Next's bundled server
// code load separate copies of this module and must share one store.
import { AsyncLocalStorage } from "node:async_hooks";

export type LogLevel = "debug" | "info" | "warn" | "error";
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface RequestContext {
  requestId: string;
}

const globalForLog = globalThis as unknown as { debtboardRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext: AsyncLocalStorage<RequestContext> = (globalForLog.debtboardRequestContext ??=
  new AsyncLocalStorage<RequestContext>());

export type LogFields = Record<string, unknown>;

function threshold(): number {
  const level = process.env.LOG_LEVEL as LogLevel | undefined;
  return RANK[level && level in RANK ? level : "info"];
}

/** An Error as plain fields (name, message, code, stack); anything else as it is. */
function plain(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return {
    name: value.name,
    message: value.message,
    ...(typeof code === "string" ? { code } : {}),
    ...(value.stack ? { stack: value.stack } : {}),
  };
}

/** The line written for one event (exported for tests). */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now = new Date()): string {
  const requestId = requestContext.getStore()?.requestId;
  const line: LogFields = { time: now.toISOString(), level, msg, ...(requestId ? { requestId } : {}) };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) line[key] = plain(value);
  try {
    return JSON.stringify(line);
  } catch {
    return JSON.stringify({ time: line.time, level, msg, requestId, note: "fields could not be serialised" });
  }
}

function write(level: LogLevel, msg: string, fields?: LogFields): void {
  if (RANK[level] < threshold()) return;
  process.stdout.write(`${formatLogLine(level, msg, fields)}\n`);
}

export const logger = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};
