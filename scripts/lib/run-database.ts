// A database of a run's own: a fresh database on a Postgres server (TEST_DATABASE_URL, else the
// local server on 127.0.0.1:5432), dropped afterwards; or, where no server answers, embedded
// PGlite. Used by `npm test` (scripts/test.ts) and `npm run bench` (scripts/bench).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded";

export interface RunDatabase {
  url: string;
  kind: "server" | "embedded";
  /** Drops the database (or stops the embedded one). */
  drop: () => Promise<void>;
}

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The first server URL that answers: TEST_DATABASE_URL (which must answer, if set), then the local server. */
export async function serverAdminUrl(): Promise<string | undefined> {
  const candidates = [process.env.TEST_DATABASE_URL, LOCAL_SERVER].filter(Boolean) as string[];
  for (const url of candidates) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await c.connect();
      await c.query("SELECT 1");
      return url;
    } catch {
      if (url === process.env.TEST_DATABASE_URL)
        throw new Error("TEST_DATABASE_URL is set but the database cannot be reached.");
    } finally {
      await c.end().catch(() => {});
    }
  }
  return undefined;
}

async function onAdmin(admin: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new database named debtboard_<purpose>_<time>_<random> on `admin`'s server. */
export async function createServerDatabase(admin: string, purpose: string): Promise<RunDatabase> {
  const name = `debtboard_${purpose}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onAdmin(admin, `CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "server",
    drop: () => onAdmin(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** A database on the server if one answers, else embedded PGlite. */
export async function createRunDatabase(purpose: string): Promise<RunDatabase> {
  const admin = await serverAdminUrl();
  if (admin) return createServerDatabase(admin, purpose);
  const embedded = await startEmbeddedPostgres();
  return { url: embedded.url, kind: "embedded", drop: () => embedded.stop() };
}
