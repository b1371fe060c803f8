// The hotspots as a treemap beside their table: one block per team, one tile per entity, its area
// the entity's principal (person-days to pay its debt back), its colour the entity's debt rating.
// The top of the ranking the table pages through (the same filters and query, listHotspots);
// "View as table" lists the numbers. The client half builds the blocks from one compact tile each.
import { connection } from "next/server";
import { listHotspotsOnce } from "@/lib/server/dashboards/list-hotspots";
import type { HotspotParams } from "@/lib/domain/format/dashboard-params";
import { debtRatio, ratingOf } from "@/lib/domain/scoring/score";
import { HotspotTreemapChart } from "./hotspot-treemap-chart";

export async function HotspotTreemap({ params, limit }: { params: HotspotParams; limit: number }) {
  await connection();
  const rows = await listHotspotsOnce({ ...params, limit });
  // Numbers rounded to what the chart prints (days to 0.1, ratios to 0.1 %).
  return (
    <HotspotTreemapChart
      tiles={rows.map((r) => ({
        name: r.name,
        team: r.team?.name ?? "Unowned",
        rating: ratingOf(debtRatio(r.sums)),
        principal: Math.round(r.sums.principalDays * 10) / 10,
        ratio: Math.round(r.ratio * 1000) / 1000,
      }))}
    />
  );
}
