// Import catalogue-as-code files: parse, plan against the catalogue, and — unless it is a dry
// run or any problem was found — apply the whole plan in one transaction. All or nothing: one
// bad document anywhere refuses the batch and writes nothing. Re-importing the same files finds
// nothing to change and writes nothing but the ImportRun record.
import { z } from "zod";
import type { Principal } from "@/lib/domain/auth/permissions";
import { parseCatalogFiles } from "@/lib/domain/catalog-yaml/parse-catalog-files";
import { DEFAULT_BACKSTAGE_OPTIONS } from "@/lib/domain/catalog-yaml/parse-backstage-docs";
import { formatIssue, formatSkipped } from "@/lib/domain/catalog-yaml/types";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { db, type Tx } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { applyPlan } from "./apply-plan";
import { planImport, type PlannedChange } from "./plan-import";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

export const importInputSchema = z.object({
  files: z
    .array(z.object({ file: z.string().min(1).max(500), text: z.string().max(20_000_000) }))
    .min(1, "Choose at least one file."),
  /** Archive entities of the batch's teams that the batch leaves out. */
  prune: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  source: z.enum(["UI", "CLI", "API"]).default("API"),
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

export async function importCatalog(
  input: z.output<typeof importInputSchema>,
  principal: Principal,
): Promise<ImportReport> {
  const batch = parseCatalogFiles(input.files, { ...DEFAULT_BACKSTAGE_OPTIONS, modelTypes: input.modelTypes });
  const run = async (tx: Tx) => {
    const plan = await planImport(tx, batch, principal, { prune: input.prune });
    const report: ImportReport = {
      dryRun: input.dryRun,
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
    if (plan.issues.length > 0 || input.dryRun) return report;
    await applyPlan(tx, plan, principal);
    const summary = { ...report.counts, skippedItems: report.skipped.slice(0, 500) };
    await tx.importRun.create({ data: { source: input.source, actorId: principal.userId, dryRun: false, summary } });
    return { ...report, applied: true };
  };
  // Planned and applied in one transaction, so what was checked is what is written; unique keys
  // refuse a concurrent duplicate. A dry run uses the same path and simply writes nothing.
  return db().$transaction(run, { timeout: 120_000, maxWait: 10_000 });
}

/** For the API and the upload form: the batch's errors become a 400 with every message listed. */
const importCatalogActionDefinition: ActionDefinition<typeof importInputSchema, ImportReport> = {
  schema: importInputSchema,
  permission: "catalog:write",
  // Every team the batch touches is checked in the plan; this first gate uses the first owner named.
  teamOf: async (input) => {
    // A batch that does not even parse is a 400 listing its problems, whoever sends it.
    const batch = parseCatalogFiles(input.files, { ...DEFAULT_BACKSTAGE_OPTIONS, modelTypes: input.modelTypes });
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
