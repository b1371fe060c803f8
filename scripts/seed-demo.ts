// npm run db:seed:demo [-- --seed 42] [--now 2026-11-26T12:00:00Z]
// Seeds the demo organisation into DATABASE_URL (migrating it first). Only an empty catalogue
// is seeded: the audit trail is append-only, so a seeded or real database cannot be wiped.
import { parseArgs } from "node:util";
import { parseEnv } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { seedDemo } from "@/lib/server/seed/demo";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { AlreadySeededError } from "@/lib/server/seed/is-seeded";

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: "string", default: "42" },
      now: { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  const { DATABASE_URL } = parseEnv(process.env);
  if (!DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set. Point it at an empty database (`npm start` seeds its embedded demo database by itself).",
    );
    process.exit(2);
  }
  const seed = Number(values.seed);
  const now = values.now ? new Date(values.now) : new Date();
  if (!Number.isInteger(seed) || Number.isNaN(now.getTime())) {
    console.error("--seed must be an integer and --now an ISO date-time.");
    process.exit(2);
  }
  if (values.force) {
    console.error(
      "--force is not supported: AuditEvent rows are append-only (a trigger refuses DELETE and TRUNCATE), so existing data cannot be wiped. Seed into a fresh database instead:\n" +
        "  createdb debtboard_demo && DATABASE_URL=postgresql://…/debtboard_demo npm run db:seed:demo",
    );
    process.exit(2);
  }
  await migrate({ connectionString: DATABASE_URL, log: (l) => console.log(l) });
  const db = createPrismaClient(DATABASE_URL, 2);
  const started = Date.now();
  try {
    const result = await seedDemo(db, { seed, now, log: (l) => console.log(`  ${l}`) });
    console.log(`Seeded the demo organisation in ${((Date.now() - started) / 1000).toFixed(1)}s:`, result);
    // The demo's lineage holds every detectable debt shape: store them as findings now.
    const findings = await recomputeFindings(db, { now });
    console.log(`Findings: ${findings.present} detected in the demo lineage.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof AlreadySeededError || (error instanceof Error && error.name === "ConfigError")) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
