// npm run db:migrate — applies pending migrations (as DATABASE_OWNER_URL's role when set, else DATABASE_URL's)
// and grants the app role its rights (lib/server/db/migrate.ts, lib/server/db/roles.ts).
import { parseEnv } from "@/lib/config/env";
import { MigrationError } from "@/lib/server/db/migrate";
import { migrateForApp } from "@/lib/server/db/roles";

async function main() {
  const { DATABASE_URL, DATABASE_OWNER_URL } = parseEnv(process.env);
  if (!DATABASE_URL) {
    console.error("DATABASE_URL is not set. (`npm start` migrates the embedded database by itself.)");
    process.exit(2);
  }
  // As the owner when DATABASE_OWNER_URL is set, then the app role (DATABASE_URL's) gets its row rights.
  const result = await migrateForApp({
    appUrl: DATABASE_URL,
    ownerUrl: DATABASE_OWNER_URL,
    log: (l) => console.log(l),
  });
  console.log(
    result.applied.length === 0
      ? `Database is up to date (${result.alreadyApplied} migrations applied).`
      : `Applied ${result.applied.length} migration(s).`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof MigrationError || (error instanceof Error && error.name === "ConfigError")) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
