// Connector and import runs, newest first: when, which connector, from where, by whom, the
// outcome and the counts; each row opens the run's whole report.
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { CONNECTOR_LABEL, IMPORT_STATUS_LABEL } from "@/lib/domain/connectors/kinds";
import { formatRelative } from "@/lib/domain/format/date";
import { formatCount } from "@/lib/domain/format/number";
import type { ImportRunRow } from "@/lib/server/connectors/list-import-runs";

export const STATUS_TONE: Record<ImportRunRow["status"], BadgeTone> = {
  APPLIED: "success",
  DRY_RUN: "neutral",
  REFUSED: "warning",
  FAILED: "danger",
};

export const SOURCE_LABEL: Record<ImportRunRow["source"], string> = {
  UI: "Settings page",
  CLI: "Command line",
  API: "API",
  SEED: "Seed",
  SCHEDULE: "Schedule",
};

export function ConnectorRunsTable({ runs, now }: { runs: ImportRunRow[]; now: Date }) {
  return (
    <Table minWidth={820}>
      <THead>
        <TR>
          <TH>When</TH>
          <TH>Connector</TH>
          <TH>From</TH>
          <TH>Outcome</TH>
          <TH align="right">Created</TH>
          <TH align="right">Changed</TH>
          <TH align="right">Archived</TH>
          <TH align="right">Unchanged</TH>
          <TH align="right">Skipped</TH>
        </TR>
      </THead>
      <TBody>
        {runs.map((r) => (
          <TR key={r.id}>
            <TD>
              <Link href={`/settings/connectors/runs/${r.id}`} className="font-medium text-foreground hover:underline">
                <time dateTime={r.createdAt.toISOString()} title={r.createdAt.toISOString()}>
                  {formatRelative(r.createdAt, now)}
                </time>
              </Link>
            </TD>
            <TD>{CONNECTOR_LABEL[r.connector]}</TD>
            <TD className="text-muted">
              {SOURCE_LABEL[r.source]}
              {r.actor ? ` · ${r.actor}` : ""}
            </TD>
            <TD>
              <Badge tone={STATUS_TONE[r.status]}>{IMPORT_STATUS_LABEL[r.status]}</Badge>
            </TD>
            <TD align="right">{formatCount(r.counts.created)}</TD>
            <TD align="right">{formatCount(r.counts.changed)}</TD>
            <TD align="right">{formatCount(r.counts.archived)}</TD>
            <TD align="right">{formatCount(r.counts.unchanged)}</TD>
            <TD align="right">{formatCount(r.counts.skipped)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
