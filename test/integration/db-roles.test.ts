// Item: the app's credentials must not be able to switch off the audit trail. Migrations run as
// an owner role, the app as a role that reads and writes rows only (lib/server/db/roles.ts).
// Real roles on the real server; the embedded database (PGlite) is one session of one user and
// has nothing to separate (README, "Database roles").
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadiness } from "@/lib/server/db/check-readiness";
import { createPrismaClient } from "@/lib/server/db/client";
import { auditTriggerBypassReasons, migrateForApp } from "@/lib/server/db/roles";
import { recomputeFindingsJob } from "@/lib/server/findings/recompute-job";
import { startJobQueue } from "@/lib/server/jobs/queue";
import { JOBS } from "@/lib/server/jobs/registry";

const server = process.env.TEST_DB_KIND !== "embedded";
const suffix = `${Date.now()}_${randomBytes(3).toString("hex")}`;
const owner = `debtboard_owner_${suffix}`;
const app = `debtboard_app_${suffix}`;
const database = `debtboard_roles_${suffix}`;
const password = randomBytes(12).toString("hex");

function urlFor(role: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

async function asAdmin(sql: string) {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

let appClient: pg.Client;

beforeAll(async () => {
  if (!server) return;
  await asAdmin(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}'`);
  await asAdmin(`CREATE ROLE ${app} LOGIN PASSWORD '${password}'`);
  await asAdmin(`CREATE DATABASE ${database} OWNER ${owner}`);
  const lines: string[] = [];
  await migrateForApp({ appUrl: urlFor(app), ownerUrl: urlFor(owner), log: (l) => lines.push(l) });
  expect(lines.filter((l) => l.startsWith("Warning"))).toEqual([]);
  appClient = new pg.Client({ connectionString: urlFor(app) });
  await appClient.connect();
});

afterAll(async () => {
  if (!server) return;
  await appClient?.end();
  await asAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await asAdmin(`DROP ROLE IF EXISTS ${app}`);
  await asAdmin(`DROP ROLE IF EXISTS ${owner}`);
});

describe("database roles: the app role cannot touch the audit trail's guard", () => {
  it.each([
    ["disable the append-only trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`],
    ["disable every trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`],
    ["drop the trigger", `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`],
    [
      "replace the trigger function",
      `CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$`,
    ],
    ["drop the table", `DROP TABLE "AuditEvent"`],
    ["truncate it", `TRUNCATE "AuditEvent"`],
    ["update a row", `UPDATE "AuditEvent" SET action = 'rewritten'`],
    ["delete rows", `DELETE FROM "AuditEvent"`],
    ["create a table", `CREATE TABLE "Sneaky" (id int)`],
    ["alter another table", `ALTER TABLE "Team" ADD COLUMN sneaky int`],
    ["rewrite the migration history", `DELETE FROM "_prisma_migrations"`],
  ])("refuses to %s", async (_label, sql) => {
    if (!server) return;
    await expect(appClient.query(sql)).rejects.toThrow(/must be owner|permission denied/);
  });

  it("still reads and writes rows, appends audit events, and reports ready", async () => {
    if (!server) return;
    const db = createPrismaClient(urlFor(app), 2);
    try {
      const team = await db.team.create({ data: { slug: `roles-${suffix}`, name: "Roles" } });
      await db.team.update({ where: { id: team.id }, data: { description: "changed" } });
      await db.auditEvent.create({ data: { action: "test.roles", targetType: "Team", targetId: team.id } });
      await db.team.delete({ where: { id: team.id } });
      expect(await db.auditEvent.count({ where: { action: "test.roles" } })).toBe(1);
      expect((await checkReadiness(db)).ready).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("runs the job queue the owner installed, with row rights only", async () => {
    if (!server) return;
    const db = createPrismaClient(urlFor(app), 2);
    try {
      // Workers, crons and supervision on: what the app's own process starts.
      const queue = await startJobQueue(db, { jobs: JOBS, work: true, log: () => {} });
      try {
        await queue.enqueue(recomputeFindingsJob, {});
        const { rows } = await appClient.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pgboss.queue WHERE name = ANY($1)`,
          [JOBS.map((j) => j.name)],
        );
        expect(rows[0]?.n).toBe(JOBS.length);
      } finally {
        await queue.stop(5);
      }
    } finally {
      await db.$disconnect();
    }
    // Its tables stay the owner's: the app role can neither add nor change one.
    await expect(appClient.query(`CREATE TABLE pgboss.sneaky (id int)`)).rejects.toThrow(/permission denied/);
    await expect(appClient.query(`ALTER TABLE pgboss.job ADD COLUMN sneaky int`)).rejects.toThrow(/must be owner/);
  });

  it("start-up can tell an app connection that could bypass the trigger from one that cannot", async () => {
    if (!server) return;
    expect(await auditTriggerBypassReasons(urlFor(app))).toEqual([]);
    expect(await auditTriggerBypassReasons(urlFor(owner))).toEqual([
      `role ${owner} owns the tables (or is a member of their owner)`,
    ]);
    const superuser = new URL(process.env.TEST_DATABASE_URL ?? "");
    superuser.pathname = `/${database}`;
    expect((await auditTriggerBypassReasons(superuser.toString())).join()).toMatch(/is a superuser/);
  });

  it("migrating again (a new release) keeps the grants and warns about nothing", async () => {
    if (!server) return;
    const lines: string[] = [];
    await migrateForApp({ appUrl: urlFor(app), ownerUrl: urlFor(owner), log: (l) => lines.push(l) });
    expect(lines).toEqual([]);
    const { rows } = await appClient.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Team"`);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(0);
  });
});
