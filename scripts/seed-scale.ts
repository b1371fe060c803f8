// npm run db:seed:scale -- --size S|M|L [--seed 42]
// Seeds a large synthetic organisation into DATABASE_URL (migrating it first) for load and
// performance work, printing progress and per-phase timings. Needs an empty database.
import { parseArgs } from "node:util";
import { parseEnv } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { AlreadySeededError } from "@/lib/server/seed/is-seeded";
import { isScaleSize, seedScale } from "@/lib/server/seed/scale";

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "S" },
      seed: { type: "string", default: "42" },
      now: { type: "string" },
    },
  });
  const { DATABASE_URL } = parseEnv(process.env);
  if (!DATABASE_URL) {
    console.error("DATABASE_URL is not set. Point it at an empty database.");
    process.exit(2);
  }
  const size = (values.size ?? "S").toUpperCase();
  const seed = Number(values.seed);
  const now = values.now ? new Date(values.now) : new Date();
  if (!isScaleSize(size) || !Number.isInteger(seed) || Number.isNaN(now.getTime())) {
    console.error("Usage: npm run db:seed:scale -- --size S|M|L [--seed 42] [--now ISO-date-time]");
    process.exit(2);
  }
  await migrate({ connectionString: DATABASE_URL, log: (l) => console.log(l) });
  const db = createPrismaClient(DATABASE_URL, 2);
  const started = Date.now();
  try {
    const result = await seedScale(db, {
      size,
      seed,
      now,
      log: (l) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)}s] ${l}`),
    });
    console.log(`Seeded scale ${size} in ${((Date.now() - started) / 1000).toFixed(1)}s:`, result);
    // What autovacuum would do soon after a bulk load: without it the first minutes of use read
    // the tables where index-only scans are meant (the benchmark does the same).
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    console.log("VACUUM ANALYZE done.");
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
