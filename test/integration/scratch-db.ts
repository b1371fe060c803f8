// A database of a test's own, on the same server as the run's database: a fresh database on a
// real Postgres, or a fresh in-memory PGlite when the run fell back to the embedded one.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/server/db/embedded";
import { migrate } from "@/lib/server/db/migrate";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(options: { migrated?: boolean } = {}): Promise<ScratchDatabase> {
  const db = process.env.TEST_DB_KIND === "embedded" ? await embedded() : await onServer();
  if (options.migrated ?? true) await migrate({ connectionString: db.url });
  return db;
}

async function embedded(): Promise<ScratchDatabase> {
  const pgl = await startEmbeddedPostgres();
  return { url: pgl.url, drop: () => pgl.stop() };
}

async function onServer(): Promise<ScratchDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `debtboard_scratch_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
