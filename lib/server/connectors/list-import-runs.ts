// Connector and import runs, newest first (settings page, API): who ran what from where, its
// outcome and counts; one run with its whole report. Old rows (catalogue imports before runs kept
// their report) have counts and skipped items only: the missing lists read as empty.
import { z } from "zod";
import type { ConnectorKind, ImportSource, ImportStatus, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import type { PlannedChange } from "@/lib/server/catalog/plan-import";

export const RUNS_PAGE_SIZE = 25;

const count = z.number().int().nonnegative().catch(0);
const strings = z.array(z.string()).catch([]);
const summarySchema = z.object({
  created: count,
  changed: count,
  archived: count,
  unchanged: count,
  skipped: count,
  changes: z
    .array(z.object({ action: z.string(), type: z.string(), ref: z.string() }))
    .catch([])
    .default([]),
  skippedItems: strings.default([]),
  errors: strings.default([]),
  notes: strings.default([]),
});

export interface ImportRunRow {
  id: string;
  connector: ConnectorKind;
  source: ImportSource;
  status: ImportStatus;
  dryRun: boolean;
  createdAt: Date;
  actor: string | null;
  counts: { created: number; changed: number; archived: number; unchanged: number; skipped: number };
}

export interface ImportRunDetail extends ImportRunRow {
  changes: PlannedChange[];
  skipped: string[];
  errors: string[];
  notes: string[];
}

const SELECT = {
  id: true,
  connector: true,
  source: true,
  status: true,
  dryRun: true,
  createdAt: true,
  summary: true,
  actor: { select: { name: true, email: true } },
} as const satisfies Prisma.ImportRunSelect;

type Stored = Prisma.ImportRunGetPayload<{ select: typeof SELECT }>;

function detailOf(run: Stored): ImportRunDetail {
  const s = summarySchema.catch(summarySchema.parse({})).parse(run.summary ?? {});
  return {
    id: run.id,
    connector: run.connector,
    source: run.source,
    status: run.status,
    dryRun: run.dryRun,
    createdAt: run.createdAt,
    actor: run.actor ? run.actor.name || run.actor.email : null,
    counts: {
      created: s.created,
      changed: s.changed,
      archived: s.archived,
      unchanged: s.unchanged,
      skipped: s.skipped,
    },
    changes: s.changes as PlannedChange[],
    skipped: s.skippedItems,
    errors: s.errors,
    notes: s.notes,
  };
}

export async function listImportRuns(options: {
  connector?: ConnectorKind;
  page?: number;
}): Promise<{ runs: ImportRunRow[]; total: number; page: number; pageSize: number }> {
  const page = Math.max(1, options.page ?? 1);
  const where = options.connector ? { connector: options.connector } : {};
  const [rows, total] = await Promise.all([
    db().importRun.findMany({
      where,
      select: SELECT,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * RUNS_PAGE_SIZE,
      take: RUNS_PAGE_SIZE,
    }),
    db().importRun.count({ where }),
  ]);
  return {
    runs: rows.map((r) => {
      const d = detailOf(r);
      return { ...d, changes: undefined, skipped: undefined, errors: undefined, notes: undefined };
    }),
    total,
    page,
    pageSize: RUNS_PAGE_SIZE,
  };
}

export async function getImportRun(id: string): Promise<ImportRunDetail | null> {
  const run = await db().importRun.findUnique({ where: { id }, select: SELECT });
  return run ? detailOf(run) : null;
}
