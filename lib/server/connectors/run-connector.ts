// The one way a connector runs (settings page, command line, API, schedule): the connector's own
// run, then the run's record with its whole report, then — when something was written — the
// findings recompute. A run that throws (a server unreachable, a file that is not what it says)
// is recorded as FAILED with the message, and the error goes on to the caller.
import type { ConnectorContext, ConnectorDefinition, ConnectorInput, ConnectorReport } from "./definition";
import { AppError } from "@/lib/server/errors";
import { db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { scheduleFindingsRecompute } from "@/lib/server/findings/schedule";
import { recordImportRun } from "./record-import-run";

export type ConnectorRunResult = ConnectorReport & { runId: string };

export function emptyReport(connector: string, dryRun: boolean): ConnectorReport {
  return {
    connector,
    dryRun,
    applied: false,
    counts: { created: 0, changed: 0, archived: 0, unchanged: 0, skipped: 0 },
    changes: [],
    skipped: [],
    errors: [],
    notes: [],
  };
}

export async function runConnector(
  def: ConnectorDefinition,
  input: ConnectorInput,
  context: ConnectorContext,
): Promise<ConnectorRunResult> {
  const base = { connector: def.kind, source: context.source, principal: context.principal };
  let report: ConnectorReport;
  try {
    report = await def.run(input, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = { ...emptyReport(def.slug, context.dryRun), errors: [message] };
    // Refusals of the input (AppError) are the caller's problem; anything else broke the run.
    await recordImportRun({ ...base, report: failed, status: error instanceof AppError ? "REFUSED" : "FAILED" });
    throw error;
  }
  const runId = await recordImportRun({ ...base, report });
  const { created, changed, archived } = report.counts;
  if (report.applied && created + changed + archived > 0) {
    // In a request the recompute runs after the response; in a script or job it runs here.
    if (!scheduleFindingsRecompute()) await recomputeFindings(db());
  }
  return { ...report, runId };
}
