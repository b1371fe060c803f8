// Hotspots ranked by debt ratio × impact (docs/scoring.md §10), filtered by the URL.
import { connection } from "next/server";
import { Flame } from "lucide-react";
import { listHotspotsOnce, type HotspotRow } from "@/lib/server/dashboards/list-hotspots";
import type { HotspotParams } from "@/lib/domain/format/dashboard-params";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatDecimal, formatPercent } from "@/lib/domain/format/number";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingBadge } from "@/components/ui/rating-badge";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { LifecycleBadge } from "@/components/entity/lifecycle-badge";

export const HOTSPOT_LIMIT = 50;

export interface HotspotsTableProps {
  params: HotspotParams;
  limit?: number;
  variant?: "full" | "compact";
  /** Off on a team's own page. */
  showTeam?: boolean;
}

export async function HotspotsTable({
  params,
  limit = HOTSPOT_LIMIT,
  variant = "full",
  showTeam = true,
}: HotspotsTableProps) {
  await connection();
  const rows = await listHotspotsOnce({ ...params, limit });
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={Flame}
        title="No hotspots"
        description="No assessed entity matching these filters carries debt. Hotspots appear once submitted assessments record failing items."
      />
    );
  }
  return <HotspotRows rows={rows} variant={variant} byCategory={params.category !== ""} showTeam={showTeam} />;
}

function HotspotRows({
  rows,
  variant,
  byCategory,
  showTeam,
}: {
  rows: HotspotRow[];
  variant: "full" | "compact";
  byCategory: boolean;
  showTeam: boolean;
}) {
  const top = rows[0]?.score || 1;
  const full = variant === "full";
  return (
    <Table minWidth={full ? 1040 : 600} className="table-fixed">
      <THead>
        <tr>
          <TH align="right" className="w-10">
            #
          </TH>
          <TH>Entity</TH>
          {showTeam && full ? <TH className="w-[15%]">Team</TH> : null}
          {full ? <TH className="w-[104px]">Lifecycle</TH> : null}
          {full ? <TH className="w-16">Rating</TH> : null}
          <TH
            align="right"
            className={byCategory ? "w-28" : "w-20"}
            title={byCategory ? "The chosen category's debt ratio" : undefined}
          >
            {byCategory ? "Category ratio" : "Debt ratio"}
          </TH>
          {full ? (
            <TH align="right" className="w-20">
              Principal
            </TH>
          ) : null}
          <TH align="right" className="w-[84px]" title="Entities downstream, transitively">
            Blast radius
          </TH>
          <TH align="right" className="w-[84px]" title="Consumers downstream, catalogued or seen in usage">
            Consumers
          </TH>
          <TH className={full ? "w-36" : "w-28"}>Hotspot score</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((h, i) => {
          const s = summarizeScore(h.sums);
          return (
            <TR key={h.id}>
              <TD align="right" className="text-subtle">
                {i + 1}
              </TD>
              <TD>
                {/* Compact: the team under the name, so the name keeps its width. */}
                <EntityLink
                  kind={h.kind}
                  name={h.name}
                  sub={!full && showTeam ? (h.team?.name ?? "Unowned") : undefined}
                />
                {full ? <span className="sr-only">, {KIND_LABELS[h.kind].one.toLowerCase()}</span> : null}
              </TD>
              {showTeam && full ? (
                <TD>
                  <TeamLink team={h.team} />
                </TD>
              ) : null}
              {full ? (
                <TD>
                  <LifecycleBadge lifecycle={h.lifecycle} />
                </TD>
              ) : null}
              {full ? (
                <TD>
                  <RatingBadge rating={s.rating} size="sm" />
                </TD>
              ) : null}
              <TD align="right">{formatPercent(h.ratio, 1)}</TD>
              {full ? <TD align="right">{formatDays(h.sums.principalDays)}</TD> : null}
              <TD align="right">{formatCount(h.downstream)}</TD>
              <TD align="right">{formatCount(h.consumers)}</TD>
              <TD title={`${formatPercent(h.ratio, 1)} × impact ${formatDecimal(h.impact)}`}>
                <div className="flex items-center gap-2.5">
                  <div aria-hidden className="h-1.5 flex-1 rounded-full bg-surface-hover">
                    <div
                      className="h-full rounded-full bg-[#a63603]"
                      style={{ width: `${Math.max(2, (h.score / top) * 100)}%` }}
                    />
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
