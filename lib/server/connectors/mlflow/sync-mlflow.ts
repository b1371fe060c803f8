// One MLflow sync: read the whole registry (registered models, every version, the reference
// version's training run) over HTTP first, then, in one transaction, map it against the
// catalogue as it stands, import the models (lib/server/catalog: planned, audited, idempotent)
// and record the runs' evidence. A server that cannot be read fails the run before anything is
// written; a problem in the plan refuses the whole run.
import type { EntityDraft } from "@/lib/domain/catalog-yaml/fields";
import { emptyBatch } from "@/lib/domain/catalog-yaml/types";
import {
  DEFAULT_PRODUCTION_ALIASES,
  DEFAULT_TEAM_TAGS,
  mapRegistry,
  referenceVersion,
  type MlflowMapping,
  type ModelSnapshot,
} from "@/lib/domain/connectors/mlflow/map-registry";
import type { ModelVersion } from "@/lib/domain/connectors/mlflow/rest";
import { entityNameFor } from "@/lib/domain/openlineage/map-events";
import { importBatchIn } from "@/lib/server/catalog/import-catalog";
import { DRAFT_SELECT, toDraft } from "@/lib/server/catalog/entity-draft";
import { db } from "@/lib/server/db/client";
import type { ConnectorContext, ConnectorReport } from "../definition";
import { applyEvidence, planEvidence } from "../item-evidence";
import { MlflowClient, mlflowServerFromEnv } from "./client";

type Env = Record<string, string | undefined>;

const list = (value: string | undefined, fallback: readonly string[]) => {
  const items = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : [...fallback];
};

/** Read on every run (not cached at start-up), so a changed setting applies to the next run. */
export function mlflowMappingFromEnv(trackingUrl: string, environment: Env = process.env): MlflowMapping {
  return {
    trackingUrl,
    teamTags: list(environment.MLFLOW_TEAM_TAGS, DEFAULT_TEAM_TAGS),
    defaultTeam: environment.MLFLOW_DEFAULT_TEAM?.trim() || null,
    productionAliases: list(environment.MLFLOW_PRODUCTION_ALIASES, DEFAULT_PRODUCTION_ALIASES),
  };
}

async function readRegistry(client: MlflowClient, mapping: MlflowMapping): Promise<ModelSnapshot[]> {
  const [models, versions] = [await client.registeredModels(), await client.modelVersions()];
  const byName = new Map<string, ModelVersion[]>();
  for (const v of versions) byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
  const out: ModelSnapshot[] = [];
  for (const model of models) {
    const own = byName.get(model.name) ?? [];
    const ref = referenceVersion(model, own, mapping.productionAliases);
    const runId = ref?.version.run_id;
    if (!runId) {
      out.push({ model, versions: own, run: null, runProblem: ref ? "was not registered from a run" : null });
      continue;
    }
    const answer = await client.run(runId);
    out.push(
      "run" in answer
        ? { model, versions: own, run: answer.run, runProblem: null }
        : {
            model,
            versions: own,
            run: null,
            runProblem: `names training run ${runId}, which the server no longer has`,
          },
    );
  }
  return out;
}

export async function syncMlflow(context: ConnectorContext, environment: Env = process.env): Promise<ConnectorReport> {
  const server = mlflowServerFromEnv(environment);
  const mapping = mlflowMappingFromEnv(server.url, environment);
  const snapshots = await readRegistry(new MlflowClient(server), mapping);
  const { principal, dryRun } = context;

  return db()
    .$transaction(
      async (tx) => {
        const teams = await tx.team.findMany({ where: { archivedAt: null }, select: { slug: true } });
        const names = snapshots.map((s) => entityNameFor("", s.model.name));
        const stored = await tx.entity.findMany({
          where: { kind: "MODEL", name: { in: names } },
          select: DRAFT_SELECT,
        });
        const mapped = mapRegistry(snapshots, mapping, {
          teams: new Set(teams.map((t) => t.slug)),
          stored: new Map<string, EntityDraft>(stored.map((s) => [s.name, toDraft(s)])),
          archived: new Set(stored.filter((s) => s.archivedAt).map((s) => s.name)),
        });
        const batch = { ...emptyBatch(), entities: mapped.entities };
        const imported = await importBatchIn(tx, batch, principal, { prune: false, dryRun });
        const evidence =
          imported.errors.length > 0 ? null : await planEvidence(tx, "MLFLOW", mapped.evidence, principal);
        const errors = [...imported.errors, ...(evidence?.errors ?? [])];
        const skipped = [...mapped.skipped, ...imported.skipped, ...(evidence?.skipped ?? [])];
        const changes = [...imported.changes, ...(evidence?.changes ?? [])];
        const report: ConnectorReport = {
          connector: "mlflow",
          dryRun,
          applied: false,
          counts: {
            created: changes.filter((c) => c.action === "create").length,
            changed: changes.filter((c) => c.action === "update" || c.action === "restore").length,
            archived: changes.filter((c) => c.action === "archive").length,
            unchanged: imported.counts.unchanged + (evidence?.unchanged ?? 0),
            skipped: skipped.length,
          },
          changes,
          skipped,
          errors,
          notes: [
            `Read ${snapshots.length} registered model(s) from ${server.url}.`,
            ...mapped.notes,
            ...(evidence?.notes ?? []),
          ],
        };
        if (errors.length > 0) {
          // The import may have written before the evidence plan refused: roll the whole run back.
          if (imported.applied) throw new RefusedRun(report);
          return report;
        }
        if (dryRun || !evidence) return report;
        await applyEvidence(tx, "MLFLOW", evidence, principal);
        return { ...report, applied: true };
      },
      { timeout: 120_000, maxWait: 10_000 },
    )
    .catch((e: unknown) => {
      if (e instanceof RefusedRun) return e.report;
      throw e;
    });
}

/** Thrown inside the transaction to undo an import whose evidence was refused; the report is returned. */
class RefusedRun extends Error {
  constructor(readonly report: ConnectorReport) {
    super("refused");
  }
}
