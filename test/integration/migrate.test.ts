// The migration runner against a real Postgres: applies once, records rows the way
// `prisma migrate deploy` does, refuses edited migrations, rolls back failures, and two
// instances starting together apply each migration exactly once.
import { cp, mkdtemp, mkdir, writeFile, appendFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { checksumOf, migrate, readMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function scratch(): Promise<ScratchDatabase> {
  const db = await createScratchDatabase({ migrated: false });
  cleanups.push(() => db.drop());
  return db;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "debtboard-migrations-"));
  await cp("prisma/migrations", dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("migrate", () => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    const db = await scratch();
    const files = await readMigrations("prisma/migrations");
    const first = await migrate({ connectionString: db.url });
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await migrate({ connectionString: db.url });
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
      rolled_back_at: Date | null;
      id: string;
    }>(db.url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("refuses to run when an applied migration's file has changed, naming it", async () => {
    const db = await scratch();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: db.url, dir });
    const [first] = await readMigrations(dir);
    if (!first) throw new Error("no migrations");
    await appendFile(path.join(dir, first.name, "migration.sql"), "\n-- an innocent-looking edit\n");
    await expect(migrate({ connectionString: db.url, dir })).rejects.toThrow(
      new RegExp(`Migration ${first.name} was modified after it was applied`),
    );
  });

  it("refuses to run when an applied migration is missing from disk", async () => {
    const db = await scratch();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: db.url, dir });
    const files = await readMigrations(dir);
    const last = files.at(-1);
    if (!last) throw new Error("no migrations");
    await rm(path.join(dir, last.name), { recursive: true });
    await expect(migrate({ connectionString: db.url, dir })).rejects.toThrow(/missing from/);
  });

  it("rolls back a failing migration completely and records nothing for it", async () => {
    const db = await scratch();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: db.url, dir });
    const bad = path.join(dir, "99990101000000_bad");
    await mkdir(bad);
    await writeFile(
      path.join(bad, "migration.sql"),
      `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`,
    );
    await expect(migrate({ connectionString: db.url, dir })).rejects.toThrow(
      /99990101000000_bad failed and was rolled back/,
    );
    const tables = await query<{ n: string }>(
      db.url,
      `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    expect(tables[0]?.n).toBe("0");
    const recorded = await query<{ n: string }>(
      db.url,
      `SELECT count(*)::text AS n FROM "_prisma_migrations" WHERE migration_name = '99990101000000_bad'`,
    );
    expect(recorded[0]?.n).toBe("0");
  });

  it("lets two instances start at once: each migration is applied exactly once", async () => {
    if (process.env.TEST_DB_KIND === "embedded") return; // one session: nothing can race
    const db = await scratch();
    const results = await Promise.all([migrate({ connectionString: db.url }), migrate({ connectionString: db.url })]);
    const files = await readMigrations("prisma/migrations");
    expect(results.flatMap((r) => r.applied).sort()).toEqual(files.map((f) => f.name).sort());
    const rows = await query<{ n: string }>(db.url, `SELECT count(*)::text AS n FROM "_prisma_migrations"`);
    expect(rows[0]?.n).toBe(String(files.length));
  });

  it("checksums are sha256 of the file's bytes, as Prisma computes them", () => {
    expect(checksumOf("SELECT 1;\n")).toBe("b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd");
  });
});
