// Prisma 7 CLI configuration. Only `prisma generate` is used here: migrations are applied by
// our own runner (lib/server/db/migrate.ts) because the migration engine cannot be downloaded
// on these machines (see ARCHITECTURE.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
