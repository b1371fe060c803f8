// What an import or connector run did (or, as a dry run, would do): every change, every skipped
// item with its reason, the problems that refused it, and the run's notes. Shared by the import
// page, the connector forms and a run's page.
import clsx from "clsx";

const ACTION_TONE: Record<string, string> = {
  create: "text-success",
  update: "text-accent",
  restore: "text-accent",
  archive: "text-danger",
};

export interface ReportLike {
  dryRun: boolean;
  changes: { action: string; type: string; ref: string }[];
  skipped: string[];
  errors?: string[];
  notes?: string[];
}

export function ImportReportView({ report, label }: { report: ReportLike; label: string }) {
  const errors = report.errors ?? [];
  const notes = report.notes ?? [];
  return (
    <section aria-label={label} className="space-y-4">
      {errors.length > 0 ? <ProblemList errors={errors} /> : null}
      {errors.length === 0 && report.changes.length === 0 ? (
        <p className="text-[13px] text-muted">Nothing to change: the catalogue already matches.</p>
      ) : null}
      {report.changes.length > 0 ? (
        <div>
          <h3 className="mb-1.5 text-[13px] font-semibold">
            {report.dryRun ? "Would change" : "Changed"} ({report.changes.length})
          </h3>
          <ul className="divide-y divide-border rounded-lg border border-border text-[13px]">
            {report.changes.map((c) => (
              <li key={`${c.action}-${c.type}-${c.ref}`} className="flex gap-3 px-3 py-1.5">
                <span className={clsx("w-16 shrink-0 font-medium", ACTION_TONE[c.action])}>{c.action}</span>
                <span className="w-20 shrink-0 text-muted">{c.type}</span>
                <span className="min-w-0 font-mono text-xs leading-5 break-all">{c.ref}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.skipped.length > 0 ? (
        <div>
          <h3 className="mb-1.5 text-[13px] font-semibold">Skipped ({report.skipped.length})</h3>
          <ul className="space-y-1 rounded-lg border border-border bg-surface-muted px-4 py-3 font-mono text-xs break-words text-muted">
            {report.skipped.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div>
          <h3 className="mb-1.5 text-[13px] font-semibold">Notes</h3>
          <ul className="list-disc space-y-1 pl-5 text-[13px] text-muted">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function ProblemList({ errors }: { errors: string[] }) {
  return (
    <section aria-label="Problems">
      <h3 className="mb-1.5 text-[13px] font-semibold text-danger">Problems ({errors.length}) — nothing was written</h3>
      <ul className="space-y-1 rounded-lg border border-danger/25 bg-danger-soft px-4 py-3 font-mono text-xs break-words text-danger">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </section>
  );
}
