// The one Prisma client. Scripts and tests build their own with createPrismaClient(url);
// the app uses the process-wide singleton from db().
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import { queryLogOption, withQueryLog } from "./query-log";

// Secret columns are left out of every query unless a caller asks for them by name.
const omit = { account: { password: true, accessToken: true, refreshToken: true, idToken: true } } as const;

export function createPrismaClient(connectionString: string, poolMax = 10) {
  const adapter = new PrismaPg({
    connectionString,
    max: poolMax,
    // Fail fast with a clear error when the database is down, and recover once it is back.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return withQueryLog(new PrismaClient({ adapter, omit, ...queryLogOption() }));
}

export type Db = ReturnType<typeof createPrismaClient>;
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
