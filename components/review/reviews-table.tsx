// Planning-meeting debt reviews, open ones first.
import Link from "next/link";
import { connection } from "next/server";
import { CalendarCheck } from "lucide-react";
import { listReviews } from "@/lib/server/reviews/list-reviews";
import { formatCount } from "@/lib/domain/format/number";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { TeamLink } from "@/components/entity/team-link";

export async function ReviewsTable() {
  await connection();
  const rows = await listReviews();
  const now = new Date();
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={CalendarCheck}
        title="No reviews yet"
        description="A review walks a team (or the whole organisation) through what changed since last time and records the decisions."
      />
    );
  }
  return (
    <Table minWidth={820}>
      <THead>
        <tr>
          <TH>Review</TH>
          <TH>Scope</TH>
          <TH>Period</TH>
          <TH>Status</TH>
          <TH align="right">Action items</TH>
          <TH>Started by</TH>
          <TH align="right">Started</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.id}>
            <TD className="max-w-[300px]">
              <Link
                href={`/review/${r.id}`}
                className="block truncate font-medium text-foreground underline-offset-2 hover:text-accent hover:underline"
                title={r.title}
              >
                {r.title}
              </Link>
            </TD>
            <TD className="max-w-[180px]">
              {r.team ? <TeamLink team={r.team} /> : <span className="text-muted">Organisation</span>}
            </TD>
            <TD className="whitespace-nowrap text-muted">
              {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
            </TD>
            <TD>{r.status === "OPEN" ? <Badge tone="accent">In progress</Badge> : <Badge>Closed</Badge>}</TD>
            <TD align="right">{formatCount(r.actionItems)}</TD>
            <TD className="max-w-[150px] truncate text-muted">{r.startedBy ?? "—"}</TD>
            <TD align="right" className="whitespace-nowrap text-muted" title={formatDate(r.startedAt)}>
              {formatRelative(r.startedAt, now)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
