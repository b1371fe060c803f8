// npm run db:migrate — applies pending migrations to DATABASE_URL (see lib/server/db/migrate.ts).
import { parseEnv } from "@/lib/config/env";
import { migrate, MigrationError } from "@/lib/server/db/migrate";

async function main() {
  const { DATABASE_URL } = parseEnv(process.env);
  if (!DATABASE_URL) {
    console.error("DATABASE_URL is not set. (`npm start` migrates the embedded database by itself.)");
    process.exit(2);
  }
  const result = await migrate({ connectionString: DATABASE_URL, log: (l) => console.log(l) });
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
