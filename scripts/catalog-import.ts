// npm run catalog:import -- <files or folders…> [--dry-run] [--prune] [--as someone@example.com] [--model-types ml-model,model]
// Imports catalogue-as-code YAML (debtboard/v1 or Backstage catalog-info.yaml) into DATABASE_URL.
// Folders are read recursively for *.yaml / *.yml. The whole batch is checked first and applied in
// one transaction, or not at all. Without --as, the import acts as an organisation admin named
// "command line" (whoever can run this already holds the database URL); with --as, it acts as that
// person, with exactly their rights, and the audit trail names them.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_BACKSTAGE_OPTIONS } from "@/lib/domain/catalog-yaml/parse-backstage-docs";
import { principalFor, printImportReport } from "./lib/import-cli";
import { importCatalog } from "@/lib/server/catalog/import-catalog";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { db } from "@/lib/server/db/client";

async function yamlFiles(target: string): Promise<string[]> {
  const s = await stat(target);
  if (s.isFile()) return [target];
  const out: string[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await yamlFiles(p)));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(p);
  }
  return out;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      prune: { type: "boolean", default: false },
      as: { type: "string" },
      "model-types": { type: "string" },
    },
  });
  if (positionals.length === 0) {
    console.error(
      "Usage: npm run catalog:import -- <files or folders…> [--dry-run] [--prune] [--as email] [--model-types ml-model,model]",
    );
    process.exit(2);
  }
  const paths = (await Promise.all(positionals.map(yamlFiles))).flat();
  const files = await Promise.all(paths.map(async (p) => ({ file: p, text: await readFile(p, "utf8") })));
  const modelTypes = values["model-types"]
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean) ?? [...DEFAULT_BACKSTAGE_OPTIONS.modelTypes];
  const report = await importCatalog(
    { files, dryRun: values["dry-run"], prune: values.prune, source: "CLI", modelTypes },
    await principalFor(values.as),
  );

  printImportReport(report, `${files.length} file(s)`);
  const { created, changed, archived } = report.counts;
  if (!report.errors.length && !report.dryRun && created + changed + archived > 0) {
    const findings = await recomputeFindings(db());
    console.log(`Findings: ${findings.present} present (${findings.created} new, ${findings.resolved} resolved).`);
  }
  await db().$disconnect();
  process.exit(report.errors.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
