// dbt as a connector: one manifest.json (`dbt parse`, `dbt compile` or any dbt run writes it to
// target/) becomes data sources and consumers with their lineage (lib/domain/connectors/dbt/
// map-manifest.ts says how), each owned by the team its meta or DBT_MAPPING names, plus the
// pipeline signals of every node (DbtNode), all in the import's one transaction. Entities an
// earlier manifest of the same dbt project brought in and this one no longer has are archived.
import { parseManifest } from "@/lib/domain/connectors/dbt/manifest";
import { mapManifest } from "@/lib/domain/connectors/dbt/map-manifest";
import { env } from "@/lib/config/env";
import { importBatchIn } from "@/lib/server/catalog/import-catalog";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { defineConnector, type ConnectorReport } from "./definition";
import { goneFromManifest, syncDbtNodes, type SignalChange } from "./dbt/sync-dbt-nodes";

const SLUG = "dbt";

function refused(dryRun: boolean, errors: string[], notes: string[] = []): ConnectorReport {
  return {
    connector: SLUG,
    dryRun,
    applied: false,
    counts: { created: 0, changed: 0, archived: 0, unchanged: 0, skipped: 0 },
    changes: [],
    skipped: [],
    errors,
    notes,
  };
}

export const dbtConnector = defineConnector({
  slug: SLUG,
  kind: "DBT",
  title: "dbt",
  description:
    "A dbt manifest.json (target/manifest.json after `dbt parse`, `dbt compile` or `dbt build`). Sources, seeds, " +
    "models and snapshots become data sources, exposures consumers, and depends_on their lineage; each is owned " +
    "by the team its meta.team, meta.owner or group owner names (or DBT_MAPPING's rules), and what has no owner " +
    "is skipped with the reason. Each data source's page shows its pipeline signals (depth, fan-in, fan-out, " +
    "sources upstream, what is built from it, exposures, tests). What a newer manifest of the same project no " +
    "longer has is archived.",
  input: { type: "file", label: "manifest.json", accept: ".json,application/json", pathEnv: "DBT_MANIFEST_PATH" },
  env: [
    {
      name: "DBT_MANIFEST_PATH",
      required: false,
      secret: false,
      description: "The manifest.json the command line and the schedule read when no file is given.",
    },
    {
      name: "DBT_MAPPING",
      required: false,
      secret: false,
      description:
        'Owners for what meta.team / meta.owner / group owners do not settle: JSON {"owners":{"<email, group or owner>":"<team>"},"paths":{"models/marts/":"<team>"},"default":"<team>"}.',
    },
  ],
  scheduleEnv: "DBT_CRON",
  async run(input, context) {
    if (input.text === null) throw new InvalidInputError("Choose a dbt manifest.json to import.");
    const fileName = input.fileName ?? "manifest.json";
    const parsed = parseManifest(input.text, fileName);
    if (!parsed.ok) return refused(context.dryRun, parsed.errors);
    const { manifest, project } = parsed;
    const teams = await db().team.findMany({ where: { archivedAt: null }, select: { slug: true } });
    const mapped = mapManifest(manifest, env().DBT_MAPPING, new Set(teams.map((t) => t.slug)), fileName);
    if (mapped.errors.length > 0) return refused(context.dryRun, mapped.errors, mapped.notes);
    const info = {
      project,
      generatedAt: new Date(manifest.metadata.generated_at),
      dbtVersion: manifest.metadata.dbt_version,
    };

    const archive = await goneFromManifest(project, mapped.present);
    // The catalogue part and the signal rows in one transaction: both written, or neither.
    const { report, signals } = await db().$transaction(
      async (tx) => {
        const report = await importBatchIn(tx, mapped.batch, context.principal, {
          prune: false,
          dryRun: context.dryRun,
          archive,
        });
        // A refused plan writes nothing, signals included; a dry run lists what they would change.
        const signals: SignalChange[] =
          report.errors.length > 0 ? [] : await syncDbtNodes(tx, mapped, info, report.applied);
        return { report, signals };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    const created = signals.filter((s) => s.action === "create").length;
    return {
      ...report,
      connector: SLUG,
      counts: {
        ...report.counts,
        created: report.counts.created + created,
        changed: report.counts.changed + signals.length - created,
      },
      changes: [...report.changes, ...signals],
      notes: [
        `dbt project ${project}, manifest generated ${manifest.metadata.generated_at} by dbt ${manifest.metadata.dbt_version || "?"}.`,
        ...mapped.notes,
      ],
    };
  },
});
