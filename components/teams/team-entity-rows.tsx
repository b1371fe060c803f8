"use client";
// The body of a team's entity table (team-entities.tsx), rendered from compact rows: names, sums
// and the texts the server worked out (when last assessed, whether stale), instead of every
// cell's element in the RSC payload, which weighed ~2.3 kB a row (issue 17).
import Link from "next/link";
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { formatCount, formatDays } from "@/lib/domain/format/number";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { TBody, TD, TR } from "@/components/ui/data-table";
import { RatingWithRatio } from "@/components/score/score-cells";
import { EntityLink } from "@/components/entity/entity-link";
import { LifecycleBadge } from "@/components/entity/lifecycle-badge";
import { StaleBadgeView, type StaleNote } from "@/components/assessment/stale-badge-view";

export interface TeamEntityRowData {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  sums: ScoreSums | null;
  /** "3 months ago", and the date as its tooltip (null: never assessed). */
  assessed: string;
  assessedOn: string | null;
  stale: StaleNote | null;
  openFindings: number;
}

export function TeamEntityRows({ rows, teamSlug }: { rows: readonly TeamEntityRowData[]; teamSlug: string }) {
  return (
    <TBody>
      {rows.map((e) => (
        <TR key={e.id}>
          <TD className="max-w-[260px]">
            <EntityLink kind={e.kind} name={e.name} />
          </TD>
          <TD>
            <LifecycleBadge lifecycle={e.lifecycle} />
          </TD>
          <TD>
            <RatingWithRatio sums={e.sums} href={whyHref({ entity: e })} />
          </TD>
          <TD align="right">{e.sums ? formatDays(e.sums.principalDays) : "—"}</TD>
          <TD align="right" className="whitespace-nowrap text-muted" title={e.assessedOn ?? undefined}>
            <span className="inline-flex items-center gap-2">
              {e.stale ? <StaleBadgeView note={e.stale} /> : null}
              {e.assessed}
            </span>
          </TD>
          <TD align="right">
            {e.openFindings > 0 ? (
              <Link
                href={`/findings?team=${encodeURIComponent(teamSlug)}`}
                className="font-medium text-foreground hover:text-accent"
              >
                {formatCount(e.openFindings)}
              </Link>
            ) : (
              <span className="text-subtle">0</span>
            )}
          </TD>
        </TR>
      ))}
    </TBody>
  );
}
