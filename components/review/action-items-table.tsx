// Action items still to do, overdue first.
import { connection } from "next/server";
import { ListChecks } from "lucide-react";
import { listOpenActionItems } from "@/lib/server/queries/list-open-action-items";
import { formatCount, formatDays } from "@/lib/domain/format/number";
import { daysUntil, formatDate } from "@/lib/domain/format/date";
import { enumLabel } from "@/lib/domain/format/labels";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";

function DueDate({ date, now }: { date: Date | null; now: Date }) {
  if (!date) return <span className="text-subtle">No date</span>;
  const days = daysUntil(date, now);
  if (days < 0)
    return (
      <span className="font-medium text-danger" title={formatDate(date)}>
        {formatCount(-days)} d overdue
      </span>
    );
  return (
    <span className="text-muted" title={formatDate(date)}>
      {days === 0 ? "Today" : formatDate(date)}
    </span>
  );
}

export async function ActionItemsTable() {
  await connection();
  const { rows, total } = await listOpenActionItems({ limit: 50 });
  const now = new Date();
  if (rows.length === 0) {
    return <EmptyState icon={ListChecks} title="No open action items" description="Items agreed in reviews or raised from findings show up here until they are done." />;
  }
  return (
    <>
      <Table minWidth={900}>
        <THead>
          <tr>
            <TH>Action</TH>
            <TH>Team</TH>
            <TH>Owner</TH>
            <TH>Status</TH>
            <TH align="right">Estimate</TH>
            <TH align="right">Due</TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((a) => (
            <TR key={a.id}>
              <TD className="max-w-[380px] py-2">
                <span className="block truncate font-medium text-foreground" title={a.title}>
                  {a.title}
                </span>
                {a.entity ? <EntityLink kind={a.entity.kind} name={a.entity.name} className="mt-0.5 [&_a]:text-xs [&_a]:font-normal [&_a]:text-muted" /> : null}
              </TD>
              <TD className="max-w-[180px]">
                <TeamLink team={a.team} />
              </TD>
              <TD className="max-w-[160px] truncate">{a.owner ?? <span className="text-subtle italic">Unassigned</span>}</TD>
              <TD>{a.status === "IN_PROGRESS" ? <Badge tone="accent">{enumLabel(a.status)}</Badge> : <Badge>{enumLabel(a.status)}</Badge>}</TD>
              <TD align="right">{formatDays(a.estimateDays)}</TD>
              <TD align="right" className="whitespace-nowrap">
                <DueDate date={a.dueDate} now={now} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {total > rows.length ? (
        <p className="border-t border-border px-5 py-3 text-[13px] text-muted">
          Showing the {formatCount(rows.length)} most urgent of {formatCount(total)}.
        </p>
      ) : null}
    </>
  );
}
