"use client";
// The hotspots table's rows, rendered from compact props: per row only its numbers (rounded to
// what a cell prints), names and kind, instead of every cell's element in the RSC payload, which
// weighed ~2.2 kB a row (issue 17). The server half (hotspots-table.tsx) ranks and pages.
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";
import type { Rating } from "@/lib/domain/scoring/score";
import { formatCount, formatDays, formatDecimal, formatPercent } from "@/lib/domain/format/number";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { RatingBadge } from "@/components/ui/rating-badge";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { LifecycleBadge } from "@/components/entity/lifecycle-badge";

/** One ranked entity, its numbers rounded to what the table prints. */
export interface HotspotRowData {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  team: { slug: string; name: string } | null;
  rating: Rating | null;
  /** The ratio the score uses (overall or the chosen category's). */
  ratio: number;
  /** Person-days, to 0.1. */
  principal: number;
  downstream: number;
  consumers: number;
  impact: number;
  score: number;
}

export function HotspotRows({
  rows,
  first,
  top,
  variant,
  byCategory,
  showTeam,
}: {
  rows: readonly HotspotRowData[];
  /** The rank of the first row (1 on the first page). */
  first: number;
  /** The ranking's highest score: the bars' full width. */
  top: number;
  variant: "full" | "compact";
  byCategory: boolean;
  showTeam: boolean;
}) {
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
        {rows.map((h, i) => (
          <TR key={h.id}>
            <TD align="right" className="text-subtle">
              {first + i}
            </TD>
            <TD>
              {/* Compact: the team under the name, so the name keeps its width. The kind icon names the kind. */}
              <EntityLink
                kind={h.kind}
                name={h.name}
                sub={!full && showTeam ? (h.team?.name ?? "Unowned") : undefined}
              />
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
                <RatingBadge rating={h.rating} size="sm" />
              </TD>
            ) : null}
            <TD align="right">{formatPercent(h.ratio, 1)}</TD>
            {full ? <TD align="right">{formatDays(h.principal)}</TD> : null}
            <TD align="right">{formatCount(h.downstream)}</TD>
            <TD align="right">{formatCount(h.consumers)}</TD>
            <TD title={`${formatPercent(h.ratio, 1)} × impact ${formatDecimal(h.impact)}`}>
              {/* score-bar (app/globals.css): the bar against the ranking's top score, then the score. */}
              <span className="score-bar">
                <span aria-hidden>
                  <span style={{ width: `${Math.max(2, Math.round((h.score / (top || 1)) * 100))}%` }} />
                </span>
                <span>{formatDecimal(h.score)}</span>
              </span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
