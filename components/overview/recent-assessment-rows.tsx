"use client";
// The recent assessments table's body (recent-assessments.tsx), rendered from compact rows (names,
// sums, the assessor and when, as the server worked it out) instead of every cell's element in the
// RSC payload (issue 17: the overview stays under 150 kB).
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import { TBody, TD, TR } from "@/components/ui/data-table";
import { RatingBadge } from "@/components/ui/rating-badge";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";

export interface RecentAssessmentRowData {
  id: string;
  kind: EntityKind;
  name: string;
  team: { slug: string; name: string } | null;
  sums: ScoreSums | null;
  author: string | null;
  /** "3 h ago". */
  submitted: string;
}

export function RecentAssessmentRows({ rows }: { rows: readonly RecentAssessmentRowData[] }) {
  return (
    <TBody>
      {rows.map((a) => {
        const s = summarizeScore(a.sums);
        return (
          <TR key={a.id}>
            <TD className="max-w-[300px]">
              <EntityLink kind={a.kind} name={a.name} />
            </TD>
            <TD className="max-w-[180px]">
              <TeamLink team={a.team} />
            </TD>
            <TD>
              <RatingBadge rating={s.rating} size="sm" coverage={s.coverage} />
            </TD>
            <TD align="right">{formatPercent(s.ratio, 1)}</TD>
            <TD align="right">{formatDays(s.principalDays)}</TD>
            <TD className="max-w-[160px] truncate text-muted">{a.author ?? "—"}</TD>
            <TD align="right" className="whitespace-nowrap text-muted">
              {a.submitted}
            </TD>
          </TR>
        );
      })}
    </TBody>
  );
}
