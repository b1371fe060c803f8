// The preliminary hotspot ranking: debt ratio × impact (1 + downstream relations).
import { connection } from "next/server";
import { Flame } from "lucide-react";
import { listHotspots } from "@/lib/server/queries/list-hotspots";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatDecimal, formatPercent } from "@/lib/domain/format/number";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingBadge } from "@/components/ui/rating-badge";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { LifecycleBadge } from "@/components/entity/lifecycle-badge";

export const HOTSPOT_LIMIT = 50;

export async function HotspotsTable() {
  await connection();
  const rows = await listHotspots({ limit: HOTSPOT_LIMIT });
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={Flame}
        title="No hotspots"
        description="No assessed entity carries debt yet. Hotspots appear once submitted assessments record failing items."
      />
    );
  }
  const top = rows[0]?.score ?? 1;
  return (
    <Table minWidth={900} className="table-fixed">
      <THead>
        <tr>
          <TH align="right" className="w-12">#</TH>
          <TH>Entity</TH>
          <TH className="w-[17%]">Team</TH>
          <TH className="w-[104px]">Lifecycle</TH>
          <TH className="w-16">Rating</TH>
          <TH align="right" className="w-20">Debt ratio</TH>
          <TH align="right" className="w-20">Principal</TH>
          <TH align="right" className="w-16" title="1 + number of downstream relations">Impact</TH>
          <TH className="w-40">Hotspot score</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((h, i) => {
          const s = summarizeScore(h.sums);
          return (
            <TR key={h.id}>
              <TD align="right" className="text-subtle">{i + 1}</TD>
              <TD>
                <EntityLink kind={h.kind} name={h.name} />
              </TD>
              <TD>
                <TeamLink team={h.team} />
              </TD>
              <TD>
                <LifecycleBadge lifecycle={h.lifecycle} />
              </TD>
              <TD>
                <RatingBadge rating={s.rating} size="sm" />
              </TD>
              <TD align="right">{formatPercent(h.ratio, 1)}</TD>
              <TD align="right">{formatDays(h.sums.principalDays)}</TD>
              <TD align="right" title={`${formatCount(h.downstream)} downstream`}>
                ×{formatCount(h.impact)}
              </TD>
              <TD>
                <div className="flex items-center gap-2.5">
                  <div className="h-1.5 flex-1 rounded-full bg-surface-hover">
                    <div className="h-full rounded-full bg-[var(--rating-e)]" style={{ width: `${Math.max(2, (h.score / top) * 100)}%` }} />
                  </div>
                  <span className="w-10 text-right font-medium tabular">{formatDecimal(h.score)}</span>
                </div>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
