// Assessments gone stale (docs/scoring.md §7: older than STALE_AFTER_DAYS), oldest first, with
// how many entities are stale and how many were never assessed.
import { connection } from "next/server";
import { Clock } from "lucide-react";
import { env } from "@/lib/config/env";
import { listStaleAssessments } from "@/lib/server/dashboards/list-stale-assessments";
import { currentMinute } from "@/lib/server/dashboards/cached-by-scores-version";
import { daysSince } from "@/lib/domain/scoring/staleness";
import { formatCount } from "@/lib/domain/format/number";
import { formatDate } from "@/lib/domain/format/date";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { CardSkeleton } from "@/components/ui/skeleton";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";

export async function StaleAssessmentsCard({ teamId, limit = 6 }: { teamId?: string; limit?: number }) {
  await connection();
  const now = currentMinute();
  const maxAgeDays = env().STALE_AFTER_DAYS;
  const { rows, staleCount, neverCount } = await listStaleAssessments({
    now,
    maxAgeDays,
    teamId,
    limit,
    cachedCounts: true,
  });
  return (
    <Card>
      <CardHeader
        title="Stale assessments"
        description={`${formatCount(staleCount)} last assessed more than ${formatCount(maxAgeDays)} days ago · ${formatCount(neverCount)} never assessed`}
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={Clock}
          title="Nothing stale"
          description={`Every assessed entity was reviewed in the last ${formatCount(maxAgeDays)} days.`}
        />
      ) : (
        <Table className="table-fixed">
          <THead>
            <tr>
              <TH>Entity</TH>
              {teamId ? null : <TH className="w-[30%]">Team</TH>}
              <TH align="right" className="w-28">
                Last assessed
              </TH>
            </tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <TR key={r.id}>
                <TD>
                  <EntityLink kind={r.kind} name={r.name} />
                </TD>
                {teamId ? null : (
                  <TD>
                    <TeamLink team={r.team} />
                  </TD>
                )}
                <TD align="right" className="whitespace-nowrap text-muted" title={formatDate(r.submittedAt)}>
                  {formatCount(daysSince(r.submittedAt, now))} days ago
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

export function StaleAssessmentsCardSkeleton() {
  return <CardSkeleton title="Stale assessments" rows={6} />;
}
