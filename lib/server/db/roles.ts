// Two database roles (README "Database roles"): migrations run as the owner of the schema
// (DATABASE_OWNER_URL), the app connects as a role that may only read and write rows
// (DATABASE_URL). Only a table's owner or a superuser can ALTER, DROP or disable the triggers of a
// table, so the app's credentials cannot switch off AuditEvent's append-only trigger; the app
// role is also given no UPDATE/DELETE/TRUNCATE on AuditEvent at all. Granting is idempotent and
// runs after every migrate, so tables added by new migrations are covered.
import pg from "pg";
import { JOB_SCHEMA, startJobQueue } from "@/lib/server/jobs/queue";
import { createPrismaClient } from "./client";
import { migrate, type MigrateResult } from "./migrate";

/** The role a postgres:// URL connects as. */
export function roleOf(connectionString: string): string {
  return decodeURIComponent(new URL(connectionString).username || "postgres");
}

/** Grants the app role what it needs on everything the owner's migrations made, and nothing more. */
export async function grantAppRole(ownerConnectionString: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerConnectionString });
  await client.connect();
  try {
    const role = client.escapeIdentifier(appRole);
    await client.query("BEGIN");
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // The audit trail takes inserts only; the migration history is the owner's (readiness reads it).
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${role}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${role}`);
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${role}`);
    // The job queue's tables (installed by the owner, installJobQueue): rows only, like the rest.
    const { rows } = await client.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS found`,
      [JOB_SCHEMA],
    );
    if (rows[0]?.found) {
      const schema = client.escapeIdentifier(JOB_SCHEMA);
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Why the given connection could switch off or drop the audit trail's trigger (empty: it cannot).
 * Start-up warns with these when the app connects with such rights.
 */
export async function auditTriggerBypassReasons(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; superuser: boolean; owner: boolean }>(`
      SELECT current_user AS role,
             (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
             COALESCE((SELECT pg_has_role(current_user, c.relowner, 'USAGE')
                         FROM pg_class c WHERE c.oid = to_regclass('public."AuditEvent"')), false) AS owner`);
    const row = rows[0];
    if (!row) return [];
    const reasons: string[] = [];
    if (row.superuser) reasons.push(`role ${row.role} is a superuser`);
    if (row.owner) reasons.push(`role ${row.role} owns the tables (or is a member of their owner)`);
    return reasons;
  } finally {
    await client.end();
  }
}

/**
 * Installs (or upgrades) the job queue's schema and creates every registered queue as the owner.
 * pg-boss keeps each queue in a partition of its job table, and only the table's owner may attach
 * one, so an app role with row rights only could not create them on start; once they exist, the
 * app's start finds them and changes no table.
 */
async function installJobQueue(ownerUrl: string): Promise<void> {
  // Imported here: the registry reaches feature code that this module's other callers never need.
  const { JOBS } = await import("@/lib/server/jobs/registry");
  const owner = createPrismaClient(ownerUrl, 2);
  try {
    const queue = await startJobQueue(owner, { jobs: JOBS, work: false, log: () => {} });
    await queue.stop(5);
  } finally {
    await owner.$disconnect();
  }
}

/**
 * What `npm start` and `npm run db:migrate` do: migrate as the owner (DATABASE_OWNER_URL, else the
 * app's own connection), grant the app role its rights, and say so when the app's connection
 * could disable the audit trail's trigger.
 */
export async function migrateForApp(options: {
  appUrl: string;
  ownerUrl?: string;
  log: (line: string) => void;
}): Promise<MigrateResult> {
  const result = await migrate({ connectionString: options.ownerUrl ?? options.appUrl, log: options.log });
  if (options.ownerUrl) {
    await installJobQueue(options.ownerUrl);
    await grantAppRole(options.ownerUrl, roleOf(options.appUrl));
  }
  const reasons = await auditTriggerBypassReasons(options.appUrl);
  if (reasons.length > 0)
    options.log(
      `Warning: the app's database connection can disable the audit trail's append-only trigger (${reasons.join("; ")}). ` +
        'Connect the app as a role without those rights and migrate with DATABASE_OWNER_URL (README, "Database roles").',
    );
  return result;
}
