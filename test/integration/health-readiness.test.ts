// Readiness against real databases: migrated, never migrated, behind the release, unreachable.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkReadiness, migrationNames } from "@/lib/server/db/check-readiness";
import { createPrismaClient, db } from "@/lib/server/db/client";
import { markDraining } from "@/lib/server/http/draining";
import { freePort } from "@/scripts/lib/ports";
import { createScratchDatabase } from "./scratch-db";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await db().$disconnect();
});

describe("readiness", () => {
  it("is ready on the migrated test database", async () => {
    const expected = (await migrationNames()).length;
    expect(expected).toBeGreaterThan(0);
    expect(await checkReadiness(db())).toEqual({
      ready: true,
      checks: { shuttingDown: false, database: "ok", pendingMigrations: 0 },
    });
  });

  it("counts every migration as pending on a database never migrated", async () => {
    const scratch = await createScratchDatabase({ migrated: false });
    const client = createPrismaClient(scratch.url, 1);
    cleanups.push(
      () => scratch.drop(),
      () => client.$disconnect(),
    );
    expect(await checkReadiness(client)).toEqual({
      ready: false,
      checks: { shuttingDown: false, database: "ok", pendingMigrations: (await migrationNames()).length },
    });
  });

  it("is not ready when the release has a migration the database lacks", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    await mkdir(path.join(dir, "29991231000000_future"));
    await writeFile(path.join(dir, "29991231000000_future", "migration.sql"), "SELECT 1;");
    expect(await checkReadiness(db(), { migrationsDir: dir })).toMatchObject({
      ready: false,
      checks: { database: "ok", pendingMigrations: 1 },
    });
  });

  it("says the database is unreachable when nothing answers", async () => {
    const client = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`, 1);
    cleanups.push(() => client.$disconnect());
    expect(await checkReadiness(client)).toEqual({
      ready: false,
      checks: { shuttingDown: false, database: "unreachable", pendingMigrations: null },
    });
  });

  it("is not ready once the server is draining (last: the flag is process-wide)", async () => {
    markDraining();
    expect(await checkReadiness(db())).toEqual({
      ready: false,
      checks: { shuttingDown: true, database: "ok", pendingMigrations: 0 },
    });
  });
});
