// The latest submitted assessments across the organisation.
import { connection } from "next/server";
import { ClipboardList } from "lucide-react";
import { listRecentAssessments } from "@/lib/server/dashboards/list-recent-assessments";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import { formatRelative } from "@/lib/domain/format/date";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingBadge } from "@/components/ui/rating-badge";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";

export async function RecentAssessments({ limit = 8 }: { limit?: number }) {
  await connection();
  const rows = await listRecentAssessments({ limit });
  const now = new Date();
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={ClipboardList}
        title="No assessments yet"
        description="Submitted debt checklists show up here, newest first."
      />
    );
  }
  return (
    <Table minWidth={760}>
      <THead>
        <tr>
          <TH>Entity</TH>
          <TH>Team</TH>
          <TH>Rating</TH>
          <TH align="right">Debt ratio</TH>
          <TH align="right">Principal</TH>
          <TH>Assessor</TH>
          <TH align="right">Submitted</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((a) => {
          const s = summarizeScore(a.sums);
          return (
            <TR key={a.id}>
              <TD className="max-w-[300px]">
                <EntityLink kind={a.entity.kind} name={a.entity.name} />
              </TD>
              <TD className="max-w-[180px]">
                <TeamLink team={a.entity.team} />
              </TD>
              <TD>
                <RatingBadge rating={s.rating} size="sm" coverage={s.coverage} />
              </TD>
              <TD align="right">{formatPercent(s.ratio, 1)}</TD>
              <TD align="right">{formatDays(s.principalDays)}</TD>
              <TD className="max-w-[160px] truncate text-muted">{a.author ?? "—"}</TD>
              <TD align="right" className="whitespace-nowrap text-muted">
                {formatRelative(a.submittedAt, now)}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
