// Teams with their pooled scores. "compact" (overview) shows the essentials sorted worst first;
// "full" (/teams) adds per-kind counts and members, alphabetical.
import { connection } from "next/server";
import Link from "next/link";
import { Users } from "lucide-react";
import { listTeamScores, type TeamScoreRow } from "@/lib/server/dashboards/list-team-scores";
import { coverageText, summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays } from "@/lib/domain/format/number";
import { formatRelative } from "@/lib/domain/format/date";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingWithRatio } from "@/components/score/score-cells";
import { KindIcon } from "@/components/entity/kind-icon";
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";

export interface TeamScoresTableProps {
  variant: "compact" | "full";
}

function byRatioDesc(a: TeamScoreRow, b: TeamScoreRow): number {
  const ra = summarizeScore(a.sums).ratio;
  const rb = summarizeScore(b.sums).ratio;
  if (ra === rb) return a.name.localeCompare(b.name);
  if (ra === null) return 1;
  if (rb === null) return -1;
  return rb - ra;
}

export async function TeamScoresTable({ variant }: TeamScoresTableProps) {
  await connection();
  const teams = await listTeamScores();
  const now = new Date();
  if (teams.length === 0) {
    return (
      <EmptyState
        icon={Users}
        title="No teams yet"
        description="Teams appear here once the catalogue is imported or seeded."
      />
    );
  }
  const rows = variant === "compact" ? [...teams].sort(byRatioDesc) : teams;
  const full = variant === "full";
  return (
    <Table minWidth={full ? 900 : 640} className={full ? "table-fixed" : undefined}>
      <THead>
        <tr>
          <TH>Team</TH>
          <TH className={full ? "w-[120px]" : undefined}>Debt</TH>
          <TH align="right" className={full ? "w-[84px]" : undefined}>
            Principal
          </TH>
          {full ? (
            <>
              <TH align="right" className="w-[84px]">
                Coverage
              </TH>
              <TH className="w-[200px]">Owns</TH>
              <TH align="right" className="w-[76px]">
                Members
              </TH>
            </>
          ) : (
            <TH align="right">Entities</TH>
          )}
          <TH align="right" className={full ? "w-[104px]" : undefined}>
            Last assessed
          </TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((t) => {
          const s = summarizeScore(t.sums);
          return (
            <TR key={t.id}>
              <TD className={full ? "py-2.5" : "max-w-[280px]"}>
                <Link
                  href={`/teams/${t.slug}`}
                  title={t.name}
                  className="block truncate font-medium text-foreground hover:text-accent hover:underline underline-offset-2"
                >
                  {t.name}
                </Link>
                {full && t.description ? (
                  <p className="truncate text-xs text-muted" title={t.description}>
                    {t.description}
                  </p>
                ) : null}
              </TD>
              <TD>
                <RatingWithRatio sums={t.assessedCount > 0 ? t.sums : null} />
              </TD>
              <TD align="right">{t.assessedCount > 0 ? formatDays(s.principalDays) : "—"}</TD>
              {full ? (
                <>
                  <TD align="right">{coverageText(s.coverage)}</TD>
                  <TD>
                    <OwnedCounts team={t} />
                  </TD>
                  <TD align="right">{formatCount(t.members)}</TD>
                </>
              ) : (
                <TD align="right">
                  <span className="text-foreground">{formatCount(t.entityCount)}</span>
                  <span className="text-subtle"> · {formatCount(t.assessedCount)} assessed</span>
                </TD>
              )}
              <TD align="right" className="whitespace-nowrap text-muted">
                {formatRelative(t.lastAssessedAt, now)}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

/** Entity counts per kind as icon + number pairs, each with its kind in a tooltip. */
function OwnedCounts({ team }: { team: TeamScoreRow }) {
  const counts: Record<EntityKind, number> = {
    MODEL: team.models,
    FEATURE: team.features,
    DATA_SOURCE: team.sources,
    CONSUMER: team.consumers,
  };
  return (
    <span className="flex items-center gap-3 tabular">
      {ENTITY_KINDS.map((k) => (
        <span
          key={k}
          className="inline-flex items-center gap-1"
          title={`${formatCount(counts[k])} ${KIND_LABELS[k].many.toLowerCase()}`}
        >
          <KindIcon kind={k} />
          <span className={counts[k] === 0 ? "text-subtle" : "text-foreground"}>{formatCount(counts[k])}</span>
        </span>
      ))}
    </span>
  );
}
