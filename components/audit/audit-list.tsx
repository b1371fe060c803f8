// The audit trail as a table, for any filter: the whole organisation (/settings/audit), one
// person, one team, or one catalogue entity. Reusable on entity pages:
//
//   <Suspense fallback={<TableSkeleton rows={5} />}>
//     <AuditList filter={{ targetType: "Entity", targetId: entity.id }} limit={10} showTarget={false} />
//   </Suspense>
//
// With `limit` it shows the latest events and links to the full, filterable trail; with `page`
// it paginates (the /settings/audit page).
import Link from "next/link";
import { ScrollText } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterSearch } from "@/lib/domain/audit/audit-filter";
import { actionLabel } from "@/lib/domain/audit/changes";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import type { AuditQuery } from "@/lib/server/audit/audit-where";
import { listAuditEvents, type AuditRow } from "@/lib/server/audit/list-audit-events";
import { AuditChanges } from "./audit-changes";

export interface AuditListProps {
  filter: AuditQuery;
  /** Show only the latest `limit` events, with a link to the full trail. */
  limit?: number;
  /** Paginate instead (1-based), `pageSize` per page. */
  page?: number;
  pageSize?: number;
  /** Hide the Target column when every row has the same target (an entity's page). */
  showTarget?: boolean;
  emptyText?: string;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export async function AuditList({
  filter,
  limit,
  page,
  pageSize = 50,
  showTarget = true,
  emptyText = "Nothing has been recorded here yet.",
}: AuditListProps) {
  const take = limit ?? pageSize;
  const skip = page ? (page - 1) * pageSize : 0;
  const { rows, total } = await listAuditEvents(filter, { skip, take });
  const now = new Date();
  const trailHref = `/settings/audit${auditFilterSearch({ ...filter, page: 1 })}`;

  if (rows.length === 0)
    return (
      <EmptyState
        icon={ScrollText}
        title="No audit events"
        description={emptyText}
        className="border-t border-border"
      />
    );
  return (
    <>
      <Table minWidth={showTarget ? 900 : 720}>
        <THead>
          <tr>
            <TH>When</TH>
            <TH>Who</TH>
            <TH>What</TH>
            {showTarget ? <TH>Target</TH> : null}
            <TH>Changes</TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <TR key={row.id}>
              <TD className="whitespace-nowrap">
                <time dateTime={row.at.toISOString()} title={row.at.toISOString()} className="block text-foreground">
                  {formatRelative(row.at, now)}
                </time>
                <span className="text-xs text-subtle tabular">
                  {formatDate(row.at)} {timeFormat.format(row.at)} UTC
                </span>
              </TD>
              <TD>
                <Actor row={row} />
              </TD>
              <TD>
                <span className="block font-medium text-foreground">{actionLabel(row.action)}</span>
                <code className="font-mono text-[11px] text-subtle">{row.action}</code>
              </TD>
              {showTarget ? (
                <TD>
                  <Target row={row} />
                </TD>
              ) : null}
              <TD>
                <AuditChanges before={row.before} after={row.after} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {page ? (
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          href={(p) => `/settings/audit${auditFilterSearch({ ...filter, page: p })}`}
        />
      ) : total > rows.length ? (
        <div className="border-t border-border px-5 py-3 text-[13px]">
          <Link href={trailHref} className="font-medium text-accent hover:text-accent-hover">
            All {total} events in the audit trail →
          </Link>
        </div>
      ) : null}
    </>
  );
}

function Actor({ row }: { row: AuditRow }) {
  if (row.actor) {
    return (
      <span className="block min-w-0">
        <span className="block font-medium text-foreground">{row.actor.name}</span>
        {row.token ? (
          <span className="block text-xs text-muted">via token {row.token.prefix}…</span>
        ) : (
          <span className="block truncate text-xs text-muted">{row.actor.email}</span>
        )}
      </span>
    );
  }
  if (row.token) {
    return (
      <span className="block">
        <span className="block font-medium text-foreground">{row.token.name}</span>
        <span className="block text-xs text-muted">team token {row.token.prefix}…</span>
      </span>
    );
  }
  return <span className="text-muted">System</span>;
}

function Target({ row }: { row: AuditRow }) {
  const label = row.target?.label ?? (row.targetId ? `${row.targetId.slice(0, 10)}…` : "—");
  return (
    <span className="block min-w-0">
      <Badge className="mb-0.5">{row.targetType}</Badge>
      <span className="block max-w-[220px] truncate">
        {row.target?.href ? (
          <Link href={row.target.href} className="text-foreground hover:text-accent">
            {label}
          </Link>
        ) : (
          <span className="text-foreground">{label}</span>
        )}
      </span>
      {row.team ? <span className="block text-xs text-muted">{row.team.name}</span> : null}
    </span>
  );
}
