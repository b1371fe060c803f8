// Before → after, field by field, for one audit event; long values are truncated with the full
// value in a tooltip.
import { auditChanges } from "@/lib/domain/audit/changes";

export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditChanges(before, after, 4);
  if (changes.length === 0) return <span className="text-subtle">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {changes.map((c) => (
        <div key={c.field} className="flex max-w-[360px] min-w-0 items-baseline gap-1.5">
          <dt className="shrink-0 font-mono text-[11px] text-subtle">{c.field}</dt>
          <dd className="min-w-0 truncate" title={[c.from, c.to].filter(Boolean).join(" → ")}>
            {c.from !== null ? <span className="text-muted line-through decoration-subtle/60">{c.from}</span> : null}
            {c.from !== null && c.to !== null ? <span className="px-1 text-subtle">→</span> : null}
            {c.to !== null ? <span className="text-foreground">{c.to}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
