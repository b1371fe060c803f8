// The latest submitted assessments across the organisation.
import { connection } from "next/server";
import { ClipboardList } from "lucide-react";
import { listRecentAssessments } from "@/lib/server/dashboards/list-recent-assessments";
import { formatRelative } from "@/lib/domain/format/date";
import { Table, TH, THead } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RecentAssessmentRows } from "./recent-assessment-rows";

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
      <RecentAssessmentRows
        rows={rows.map((a) => ({
          id: a.id,
          kind: a.entity.kind,
          name: a.entity.name,
          team: a.entity.team,
          sums: a.sums,
          author: a.author,
          submitted: formatRelative(a.submittedAt, now),
        }))}
      />
    </Table>
  );
}
