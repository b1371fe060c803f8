// Import catalogue-as-code files: parse, plan against the catalogue, and — unless it is a dry
// run or any problem was found — apply the whole plan in one transaction. All or nothing: one
// bad document anywhere refuses the batch and writes nothing. Re-importing the same files finds
// nothing to change and writes nothing but the ImportRun record.
import { z } from "zod";
import { canSomewhere, type Principal } from "@/lib/domain/auth/permissions";
import { parseCatalogFiles } from "@/lib/domain/catalog-yaml/parse-catalog-files";
import type { CatalogBatch, EntityRef } from "@/lib/domain/catalog-yaml/types";
import { textProblem } from "@/lib/domain/http/storable";
import { DEFAULT_BACKSTAGE_OPTIONS } from "@/lib/domain/catalog-yaml/parse-backstage-docs";
import { formatIssue, formatSkipped } from "@/lib/domain/catalog-yaml/types";
import { runAuthorized, type ActionDefinition } from "@/lib/server/actions/define-action";
import { logSecurityEvent, principalFields } from "@/lib/server/http/security-log";
import { db, type Tx } from "@/lib/server/db/client";
import { InvalidInputError, RefusedError } from "@/lib/server/errors";
import { applyPlan } from "./apply-plan";
import { planImport, type PlannedChange } from "./plan-import";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";
import { recordImportRun } from "@/lib/server/connectors/record-import-run";

export const importInputSchema = z.object({
  files: z
    .array(z.object({ file: z.string().min(1).max(500), text: z.string().max(20_000_000) }))
    .min(1, "Choose at least one file."),
  /** Archive entities of the batch's teams that the batch leaves out. */
  prune: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  source: z.enum(["UI", "CLI", "API", "SCHEDULE"]).default("API"),
  /** Backstage Component types that are models. */
  modelTypes: z.array(z.string().min(1)).default([...DEFAULT_BACKSTAGE_OPTIONS.modelTypes]),
});

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  counts: { created: number; changed: number; archived: number; unchanged: number; skipped: number };
  changes: PlannedChange[];
  skipped: string[];
  errors: string[];
}

type ImportInput = z.output<typeof importInputSchema>;

// Parsing a large batch costs seconds of CPU: the first gate and the plan share one parse of
// the same validated input object.
const parsed = new WeakMap<ImportInput, CatalogBatch>();
function batchOf(input: ImportInput): CatalogBatch {
  let batch = parsed.get(input);
  if (!batch) {
    batch = parseCatalogFiles(input.files, { ...DEFAULT_BACKSTAGE_OPTIONS, modelTypes: input.modelTypes });
    parsed.set(input, batch);
  }
  return batch;
}

/**
 * Before anything is read or parsed: a caller who may not write the catalogue of any team (or
 * a token without the catalog:write scope) is refused, so it cannot make the server parse
 * megabytes of YAML only to be told no.
 */
export function assertMayImport(principal: Principal | null): void {
  if (!principal || canSomewhere(principal, "catalog:write")) return;
  logSecurityEvent("forbidden", { ...principalFields(principal), permission: "catalog:write", via: "import" });
  throw new RefusedError(
    "You may not import into the catalogue: it needs catalog:write on at least one team (for a token, the catalog:write scope too).",
  );
}

/** The API's and the upload form's way in: rights first, then validate, parse once, plan, apply. */
export async function runImport(raw: unknown, principal: Principal | null): Promise<ImportReport> {
  assertMayImport(principal);
  // A file Postgres could not store (a NUL byte) is named as the file, not as "files.0.text".
  const unstorable = filesOf(raw).flatMap(({ file, text }) => {
    const problem = textProblem(text);
    return problem ? [`${file} › The file ${problem}.`] : [];
  });
  if (unstorable.length > 0) throw refused(unstorable);
  return runAuthorized(importCatalogAction, raw, principal);
}

function filesOf(raw: unknown): { file: string; text: string }[] {
  const files = raw && typeof raw === "object" ? (raw as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return [];
  return files.flatMap((f: unknown) => {
    const { file, text } = (f ?? {}) as { file?: unknown; text?: unknown };
    return typeof text === "string" ? [{ file: typeof file === "string" ? file : "(file)", text }] : [];
  });
}

export interface ImportBatchOptions {
  prune: boolean;
  dryRun: boolean;
  /** Entities to archive besides (a connector's own prune: what its source no longer has). */
  archive?: readonly EntityRef[];
}

/**
 * Plans a batch against the catalogue and applies it in one transaction (audited; all or
 * nothing; the same batch again finds nothing to change). Every connector that turns its tool's
 * files into catalogue documents ends here. Records no run: callers do (recordImportRun).
 */
export async function importBatch(
  batch: CatalogBatch,
  principal: Principal,
  options: ImportBatchOptions,
): Promise<ImportReport> {
  // Planned and applied in one transaction, so what was checked is what is written; unique keys
  // refuse a concurrent duplicate. A dry run uses the same path and simply writes nothing.
  return db().$transaction((tx) => importBatchIn(tx, batch, principal, options), { timeout: 120_000, maxWait: 10_000 });
}

/** importBatch inside the caller's transaction, for a connector that writes more than the catalogue in the same run. */
export async function importBatchIn(
  tx: Tx,
  batch: CatalogBatch,
  principal: Principal,
  options: ImportBatchOptions,
): Promise<ImportReport> {
  const plan = await planImport(tx, batch, principal, { prune: options.prune, archive: options.archive });
  const report: ImportReport = {
    dryRun: options.dryRun,
    applied: false,
    counts: {
      created: plan.changes.filter((c) => c.action === "create").length,
      changed: plan.changes.filter((c) => c.action === "update" || c.action === "restore").length,
      archived: plan.changes.filter((c) => c.action === "archive").length,
      unchanged: plan.unchanged,
      skipped: plan.skipped.length,
    },
    changes: plan.changes,
    skipped: plan.skipped.map(formatSkipped),
    errors: plan.issues.map(formatIssue),
  };
  if (plan.issues.length > 0 || options.dryRun) return report;
  // Nothing to change writes nothing, not even an "import.apply" audit row (a connector on an
  // hourly schedule would otherwise add one every hour).
  if (plan.changes.length > 0) await applyPlan(tx, plan, principal);
  return { ...report, applied: true };
}

export async function importCatalog(input: ImportInput, principal: Principal): Promise<ImportReport> {
  const report = await importBatch(batchOf(input), principal, { prune: input.prune, dryRun: input.dryRun });
  await recordImportRun({
    connector: "CATALOG_FILES",
    source: input.source,
    principal,
    report: { ...report, notes: [] },
  });
  return report;
}

/** For the API and the upload form: the batch's errors become a 400 with every message listed. */
const importCatalogActionDefinition: ActionDefinition<typeof importInputSchema, ImportReport> = {
  schema: importInputSchema,
  permission: "catalog:write",
  // Every team the batch touches is checked in the plan; this first gate uses the first owner named.
  teamOf: async (input) => {
    // A batch that does not even parse is a 400 listing its problems (to callers who may import somewhere).
    const batch = batchOf(input);
    if (batch.issues.length > 0) throw refused(batch.issues.map(formatIssue));
    const owner = batch.entities.find((e) => e.value.team)?.value.team ?? null;
    return owner ? ((await db().team.findUnique({ where: { slug: owner }, select: { id: true } }))?.id ?? null) : null;
  },
  run: async (input, { principal }) => {
    const report = await importCatalog(input, principal);
    if (report.errors.length > 0) throw refused(report.errors);
    return report;
  },
};

function refused(errors: string[]): InvalidInputError {
  return new InvalidInputError(`The import was refused: ${errors.length} problem(s); nothing was written.`, {
    files: errors,
  });
}

/** Changes the graph's shape, so findings are recomputed after it. */
export const importCatalogAction = recomputesFindings(importCatalogActionDefinition);
