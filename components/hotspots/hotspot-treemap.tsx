// The hotspots as a treemap beside their table: one block per team, one tile per entity, its area
// the entity's principal (person-days to pay its debt back), its colour the entity's debt rating.
// The top of the ranking the table pages through (the same filters and query, listHotspots);
// "View as table" lists the numbers.
import { connection } from "next/server";
import { listHotspotsOnce } from "@/lib/server/dashboards/list-hotspots";
import type { HotspotParams } from "@/lib/domain/format/dashboard-params";
import { formatPercent } from "@/lib/domain/format/number";
import { debtRatio, ratingOf } from "@/lib/domain/scoring/score";
import { HotspotTreemapChart, type TreemapRow } from "./hotspot-treemap-chart";
import type { TreemapGroup } from "@/components/charts/treemap";

export async function HotspotTreemap({ params, limit }: { params: HotspotParams; limit: number }) {
  await connection();
  const rows = await listHotspotsOnce({ ...params, limit });
  const byTeam = new Map<string, TreemapGroup & { leaves: TreemapGroup["leaves"][number][] }>();
  const table: TreemapRow[] = [];
  // The client chart gets numbers rounded to what it prints (days to 0.1, ratios to 0.1 %).
  const days = (d: number) => Math.round(d * 10) / 10;
  const share = (x: number) => Math.round(x * 1000) / 1000;
  for (const r of rows) {
    const team = r.team?.name ?? "Unowned";
    const rating = ratingOf(debtRatio(r.sums));
    const tone = rating ? `--rating-${rating.toLowerCase()}` : "--rating-none";
    const group = byTeam.get(team) ?? { name: team, leaves: [] };
    group.leaves.push({
      name: r.name,
      value: days(r.sums.principalDays),
      fill: `var(${tone})`,
      text: `var(${tone}-fg)`,
      detail: `rating ${rating ?? "none"}, ${formatPercent(r.ratio)} debt`,
    });
    byTeam.set(team, group);
    table.push({
      entity: `${r.name} (${team})`,
      rating: rating ?? "—",
      principal: days(r.sums.principalDays),
      ratio: share(r.ratio),
    });
  }
  return <HotspotTreemapChart groups={[...byTeam.values()]} rows={table} />;
}
