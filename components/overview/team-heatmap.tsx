// Teams × categories on the overview: each cell the team's pooled debt ratio in that category
// (its active entities' latest assessments), linking to the failing and partial items behind it.
// The TOP_TEAMS teams with the most debt (pooled over every category), most first; `all` lists
// every team (the overview's ?teams=all, one click from the card), most debt first too.
import Link from "next/link";
import { connection } from "next/server";
import {
  listActiveTeams,
  listDebtCategories,
  listTeamCategoryCells,
} from "@/lib/server/dashboards/list-category-heatmaps";
import { teamHref } from "@/lib/domain/format/dashboard-params";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { formatCount } from "@/lib/domain/format/number";
import { pluralize } from "@/lib/domain/format/labels";
import { indexCells, rankRowsByDebt } from "@/lib/domain/scoring/heatmap-cells";
import { Heatmap } from "@/components/charts/heatmap";
import { CardSkeleton } from "@/components/ui/skeleton";

/** Rows on the overview: the heatmap's HTML grows with teams × categories (issue 17). */
export const TOP_TEAMS = 8;

export async function TeamHeatmap({
  all = false,
  allHref,
  topHref,
}: {
  all?: boolean;
  allHref: string;
  topHref: string;
}) {
  await connection();
  const [allTeams, categories, raw] = await Promise.all([
    listActiveTeams(),
    listDebtCategories(),
    listTeamCategoryCells(),
  ]);
  const cells = indexCells(raw);
  const ranked = rankRowsByDebt(allTeams, raw);
  const teams = all ? ranked : ranked.slice(0, TOP_TEAMS);
  const capped = teams.length < allTeams.length;
  return (
    <Heatmap
      id="team-heatmap"
      title="Debt by team and category"
      description={`Pooled debt ratio of each team's latest assessments, ${
        capped
          ? `the ${formatCount(teams.length)} of ${formatCount(allTeams.length)} teams with the most debt`
          : `${formatCount(teams.length)} teams, most debt first`
      }. Open a cell for the failing items behind it.`}
      action={
        capped ? (
          <Link href={allHref} className="text-[13px] font-medium text-accent hover:text-accent-hover">
            All {formatCount(allTeams.length)} teams →
          </Link>
        ) : all && allTeams.length > TOP_TEAMS ? (
          <Link href={topHref} className="text-[13px] font-medium text-accent hover:text-accent-hover">
            Only the {formatCount(TOP_TEAMS)} with the most debt
          </Link>
        ) : undefined
      }
      rowLabel="Team"
      columns={categories.map((c) => ({ key: c.key, label: c.name }))}
      rows={teams.map((t) => ({
        key: t.id,
        label: t.name,
        href: teamHref(t.slug),
        cellHref: whyHref({ teamSlug: t.slug }),
        cells: Object.fromEntries(
          categories.map((c) => {
            const cell = cells.get(t.id)?.get(c.id);
            return [
              c.key,
              {
                value: cell?.ratio ?? null,
                detail: cell ? pluralize(cell.entityCount, "entity", "entities") : undefined,
              },
            ];
          }),
        ),
      }))}
      empty={{ title: "No teams yet", description: "Teams appear here once they exist and own assessed entities." }}
    />
  );
}

export function TeamHeatmapSkeleton() {
  return <CardSkeleton title="Debt by team and category" rows={8} />;
}
