// One import run for the benchmark, in a process of its own because the import code path uses
// the app's database singleton (DATABASE_URL): what `npm run catalog:import -- <file>` does —
// importCatalog (parse, plan against the catalogue, apply in one transaction) as the command
// line's admin, then the findings recompute the CLI runs after it — each timed. Prints one line
// of JSON: { importMs, recomputeMs, counts, errors } or, when the import throws, { failure }.
import { readFile } from "node:fs/promises";
import type { Principal } from "@/lib/domain/auth/permissions";
import { DEFAULT_BACKSTAGE_OPTIONS } from "@/lib/domain/catalog-yaml/parse-backstage-docs";
import { importCatalog } from "@/lib/server/catalog/import-catalog";
import { db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";

const COMMAND_LINE: Principal = { userId: null, name: "benchmark (command line)", orgRole: "ADMIN", teamRoles: {} };

/** The first lines of an error: Prisma's messages put the cause after the call site. */
function describe(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replaceAll(`${process.cwd()}/`, "");
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^(\d+(\s|$)|→)/.test(l))
    .join(" ")
    .slice(0, 400);
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: tsx scripts/bench/import-worker.ts <file.yaml>");
  const text = await readFile(file, "utf8");
  const t0 = performance.now();
  try {
    const report = await importCatalog(
      {
        files: [{ file, text }],
        dryRun: false,
        prune: false,
        source: "CLI",
        modelTypes: [...DEFAULT_BACKSTAGE_OPTIONS.modelTypes],
      },
      COMMAND_LINE,
    );
    const importMs = performance.now() - t0;
    let recomputeMs: number | null = null;
    if (report.applied) {
      const t1 = performance.now();
      await recomputeFindings(db());
      recomputeMs = performance.now() - t1;
    }
    console.log(JSON.stringify({ importMs, recomputeMs, counts: report.counts, errors: report.errors.slice(0, 5) }));
  } catch (error) {
    console.log(
      JSON.stringify({ failure: `after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${describe(error)}` }),
    );
  }
  await db().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
