// Is this error "the database cannot be reached right now" (down, restarting, connection cut,
// pool exhausted waiting for it), as opposed to a bug? The API answers those with 503 and a
// message saying so, and the pool reconnects on its own once Postgres is back. Errors arrive
// from pg, from Prisma's driver adapter (which wraps pg's) or from Prisma itself, so the check
// walks the error's cause chain and looks at codes and the few messages pg uses.
import "server-only";

/** Postgres SQLSTATEs: connection exceptions (08…) and operator intervention (57P01–57P03). */
const SQLSTATES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"]);
/** Node socket errors. */
const ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTCONN", "EHOSTUNREACH"]);
/** Prisma: can't reach the server, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** Prisma driver-adapter error kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = new RegExp(
  [
    "Connection terminated",
    "connect ECONNREFUSED",
    "Client has encountered a connection error",
    "timeout exceeded when trying to connect",
    "terminating connection due to administrator command",
    "the database system is (starting up|shutting down)",
    "Server has closed the connection",
    "Can't reach database server",
  ].join("|"),
  "i",
);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 8 && !seen.has(current); depth++) {
    seen.add(current);
    const e = current as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === "string" && (SQLSTATES.has(code) || ERRNOS.has(code) || PRISMA_CODES.has(code))) return true;
    }
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
