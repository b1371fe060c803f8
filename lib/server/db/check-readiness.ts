// Readiness (GET /api/health/ready): may this instance take traffic? Yes when it is not shutting
// down, the database answers, and every migration in prisma/migrations is applied (an instance
// of a newer release waits for `npm run db:migrate` rather than serving against an old schema).
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "./client";
import { isDatabaseUnavailable } from "./unavailable";
import { isDraining } from "@/lib/server/http/draining";

export interface Readiness {
  ready: boolean;
  checks: {
    shuttingDown: boolean;
    database: "ok" | "unreachable";
    /** Migrations in the release not yet applied to the database (unknown while it is unreachable). */
    pendingMigrations: number | null;
  };
}

export async function migrationNames(dir = path.join(process.cwd(), "prisma", "migrations")): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

export async function checkReadiness(db: Db, options: { migrationsDir?: string } = {}): Promise<Readiness> {
  const shuttingDown = isDraining();
  const expected = await migrationNames(options.migrationsDir);
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    if (isDatabaseUnavailable(error))
      return { ready: false, checks: { shuttingDown, database: "unreachable", pendingMigrations: null } };
    // A database never migrated has no _prisma_migrations table (undefined_table).
    if (!isUndefinedTable(error)) throw error;
    applied = new Set();
  }
  const pendingMigrations = expected.filter((name) => !applied.has(name)).length;
  return {
    ready: !shuttingDown && pendingMigrations === 0,
    checks: { shuttingDown, database: "ok", pendingMigrations },
  };
}

function isUndefinedTable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, originalCode, message } = e as { code?: unknown; originalCode?: unknown; message?: unknown };
    if (code === "42P01" || originalCode === "42P01") return true;
    if (typeof message === "string" && /relation "_prisma_migrations" does not exist/.test(message)) return true;
  }
  return false;
}
