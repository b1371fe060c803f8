// Runs `prisma generate` offline. The Prisma CLI insists on locating a schema-engine binary
// (which it would download), although generate never runs it; pointing it at any existing file
// satisfies the check. See ARCHITECTURE.md, "Prisma without its engine".
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholder = fileURLToPath(import.meta.url);
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...process.env,
  },
});
process.exit(result.status ?? 1);
