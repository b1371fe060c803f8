// One row per import or connector run (ImportRun), whatever its outcome, with its whole report,
// so the settings page and the API can show what each run created, changed and skipped, and why.
import type { Principal } from "@/lib/domain/auth/permissions";
import type { ConnectorKind, ImportSource, ImportStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import type { ConnectorReport } from "./definition";

/** Lists longer than this are cut in the stored report (the counts stay whole); a note says so. */
export const STORED_LIST_LIMIT = 2_000;

export function statusOf(report: Pick<ConnectorReport, "errors" | "dryRun">): ImportStatus {
  if (report.errors.length > 0) return "REFUSED";
  return report.dryRun ? "DRY_RUN" : "APPLIED";
}

export async function recordImportRun(run: {
  connector: ConnectorKind;
  source: ImportSource;
  principal: Principal | null;
  report: Omit<ConnectorReport, "connector">;
  status?: ImportStatus;
}): Promise<string> {
  const { report } = run;
  const cut = <T>(list: T[]): T[] => list.slice(0, STORED_LIST_LIMIT);
  const truncated = [report.changes, report.skipped, report.errors].some((l) => l.length > STORED_LIST_LIMIT);
  const summary = {
    ...report.counts,
    changes: cut(report.changes).map((c) => ({ ...c })),
    skippedItems: cut(report.skipped),
    errors: cut(report.errors),
    notes: truncated ? [...report.notes, `Lists cut to the first ${STORED_LIST_LIMIT} entries.`] : report.notes,
  };
  const row = await db().importRun.create({
    data: {
      connector: run.connector,
      source: run.source,
      status: run.status ?? statusOf(report),
      actorId: run.principal?.userId ?? null,
      dryRun: report.dryRun,
      summary,
    },
    select: { id: true },
  });
  return row.id;
}
