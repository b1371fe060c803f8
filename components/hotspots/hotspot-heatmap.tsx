// Entities × categories for the top hotspots: each cell is that category's debt ratio in the
// entity's latest assessment, so the eye finds which kind of debt makes a hotspot hot.
import { connection } from "next/server";
import { listHotspotsOnce } from "@/lib/server/dashboards/list-hotspots";
import { HOTSPOT_LIMIT } from "./hotspots-table";
import { listDebtCategories, listEntityCategoryCells } from "@/lib/server/dashboards/list-category-heatmaps";
import type { HotspotParams } from "@/lib/domain/format/dashboard-params";
import { entityHref } from "@/lib/domain/format/labels";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { indexCells } from "@/lib/domain/scoring/heatmap-cells";
import { Heatmap } from "@/components/charts/heatmap";

/** The top of the ranking, mapped by category (issue 17: each row is ~2.5 kB of HTML). */
export const HEATMAP_ROWS = 10;

export async function HotspotHeatmap({ params }: { params: HotspotParams }) {
  await connection();
  const [hotspots, categories] = await Promise.all([
    // The top rows of the table's list (the same query, once per request).
    listHotspotsOnce({ ...params, limit: HOTSPOT_LIMIT }).then((rows) => rows.slice(0, HEATMAP_ROWS)),
    listDebtCategories(),
  ]);
  const cells = indexCells(await listEntityCategoryCells(hotspots.map((h) => h.id)));
  return (
    <Heatmap
      id="hotspot-heatmap"
      title={`Debt by category, top ${HEATMAP_ROWS} hotspots`}
      description="Each cell is the category's debt ratio in the entity's latest assessment."
      rowLabel="Entity"
      columns={categories.map((c) => ({ key: c.key, label: c.name }))}
      rows={hotspots.map((h) => ({
        key: h.id,
        label: h.name,
        href: entityHref(h.kind, h.name),
        sublabel: `${KIND_LABELS[h.kind].one} · ${h.team?.name ?? "Unowned"}`,
        cellHref: whyHref({ entity: h }),
        cells: Object.fromEntries(categories.map((c) => [c.key, { value: cells.get(h.id)?.get(c.id)?.ratio ?? null }])),
      }))}
      empty={{ title: "No hotspots to map", description: "No assessed entity matching these filters carries debt." }}
    />
  );
}
