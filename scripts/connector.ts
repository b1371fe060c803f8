// npm run connector -- <connector> [file] [--dry-run] [--as someone@example.com]
// npm run connector -- list            the connectors, their variables and schedules
// npm run connector -- runs [connector]  the latest runs
// Runs a connector against DATABASE_URL, exactly as the settings page, the API and the schedule
// do (lib/server/connectors): the run is recorded with its report, and findings are recomputed
// when something was written. A file connector reads the file given, else the file its path
// variable names (e.g. DBT_MANIFEST_PATH). Without --as it acts as an organisation admin named
// "command line"; with --as, as that person with exactly their rights.
import { parseArgs } from "node:util";
import { principalFor, printImportReport } from "./lib/import-cli";
import { CONNECTORS } from "@/lib/server/connectors/registry";
import { listImportRuns } from "@/lib/server/connectors/list-import-runs";
import { findConnector, readConnectorFile, startConnectorRun } from "@/lib/server/connectors/start-connector-run";
import { db } from "@/lib/server/db/client";

const USAGE = `Usage: npm run connector -- <${CONNECTORS.map((c) => c.slug).join("|")}> [file] [--dry-run] [--as email]
       npm run connector -- list | runs [connector]`;

function list() {
  for (const c of CONNECTORS) {
    const schedule = process.env[c.scheduleEnv]?.trim();
    console.log(`${c.slug.padEnd(14)} ${c.title}`);
    console.log(
      `${"".padEnd(14)} schedule: ${schedule ? `${schedule} (${c.scheduleEnv})` : `none (set ${c.scheduleEnv})`}`,
    );
    for (const v of c.env)
      console.log(
        `${"".padEnd(14)} ${v.name}${v.required ? " (required)" : ""}: ${process.env[v.name] ? "set" : "not set"}`,
      );
  }
}

async function runs(slug: string | undefined) {
  const kind = slug ? findConnector(slug).kind : undefined;
  const { runs: rows } = await listImportRuns({ connector: kind });
  for (const r of rows) {
    const { created, changed, archived, unchanged, skipped } = r.counts;
    const what = [r.connector, r.source, r.status].map((s) => s.toLowerCase().padEnd(13)).join(" ");
    const counts = `${created} created, ${changed} changed, ${archived} archived, ${unchanged} unchanged, ${skipped} skipped`;
    console.log(`${r.createdAt.toISOString()}  ${r.id}  ${what} ${counts}`);
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false }, as: { type: "string" }, help: { type: "boolean" } },
  });
  const [slug, file] = positionals;
  if (!slug || values.help) {
    console.error(USAGE);
    process.exit(slug ? 0 : 2);
  }
  if (slug === "list") return list();
  if (slug === "runs") return runs(file);
  const def = findConnector(slug);
  const report = await startConnectorRun(def, await readConnectorFile(def, file), {
    principal: await principalFor(values.as),
    source: "CLI",
    dryRun: values["dry-run"],
  });
  printImportReport(report, def.title, ` (run ${report.runId})`);
  if (report.errors.length) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
