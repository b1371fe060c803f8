// Teams × categories on the overview: each cell the team's pooled debt ratio in that category
// (its active entities' latest assessments), linking to the failing and partial items behind it.
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
import { indexCells } from "@/lib/domain/scoring/heatmap-cells";
import { Heatmap } from "@/components/charts/heatmap";
import { CardSkeleton } from "@/components/ui/skeleton";

export async function TeamHeatmap() {
  await connection();
  const [teams, categories, raw] = await Promise.all([
    listActiveTeams(),
    listDebtCategories(),
    listTeamCategoryCells(),
  ]);
  const cells = indexCells(raw);
  return (
    <Heatmap
      id="team-heatmap"
      title="Debt by team and category"
      description={`Pooled debt ratio of each team's latest assessments, ${formatCount(teams.length)} teams. Open a cell for the failing items behind it.`}
      rowLabel="Team"
      columns={categories.map((c) => ({ key: c.key, label: c.name }))}
      rows={teams.map((t) => ({
        key: t.id,
        label: t.name,
        href: teamHref(t.slug),
        cells: Object.fromEntries(
          categories.map((c) => {
            const cell = cells.get(t.id)?.get(c.id);
            return [
              c.key,
              {
                value: cell?.ratio ?? null,
                href: whyHref({ teamSlug: t.slug }, c.key),
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
  return <CardSkeleton title="Debt by team and category" rows={8} columns={8} />;
}
