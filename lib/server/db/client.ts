// The one Prisma client. Scripts and tests build their own with createPrismaClient(url);
// the app uses the process-wide singleton from db().
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import { queryLogOption, withQueryLog } from "./query-log";

// Secret columns are left out of every query unless a caller asks for them by name.
const omit = { account: { password: true, accessToken: true, refreshToken: true, idToken: true } } as const;

export function createPrismaClient(connectionString: string, poolMax = 10) {
  const pool = new pg.Pool({
    connectionString,
    max: poolMax,
    // Fail fast with a clear error when the database is down, and recover once it is back.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // The pool is ours so the job queue (lib/server/jobs) can share it: on the embedded database
  // the pool is one connection, and a second pool would interleave with it in PGlite's one session.
  // An idle connection dropped by the server (restart, database dropped) must not crash the
  // process; the pool replaces it on next use.
  pool.on("error", () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = withQueryLog(new PrismaClient({ adapter, omit, ...queryLogOption() }));
  pools.set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;

const pools = new WeakMap<object, pg.Pool>();

/** The pg pool under a client made by createPrismaClient (the job queue runs its SQL on it). */
export function poolOf(client: Db): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("poolOf: this client was not made by createPrismaClient");
  return pool;
}
/** A transaction client, as passed to `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { debtboardDb?: Db };

export function db(): Db {
  if (!globalForDb.debtboardDb) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    if (!DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
    }
    globalForDb.debtboardDb = createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return globalForDb.debtboardDb;
}
