"use client";
// The hotspot treemap's client half: the chart frame (title, empty state, view as table) around
// the grouped treemap, and a legend of the rating colours (the letter is in every tooltip and in
// the table, so colour is never the only cue).
import { ChartFrame } from "@/components/charts/chart-frame";
import { Treemap, type TreemapGroup } from "@/components/charts/treemap";
import type { ChartAxis, Series } from "@/components/charts/types";

export type TreemapRow = { entity: string; rating: string; principal: number; ratio: number };

const X: ChartAxis<TreemapRow> = { key: "entity", label: "Entity (team)", format: "text" };
const SERIES: Series<TreemapRow>[] = [
  { key: "principal", label: "Principal", format: "days" },
  { key: "ratio", label: "Debt ratio", format: "percent1" },
];
const RATINGS = ["A", "B", "C", "D", "E"] as const;

export function HotspotTreemapChart({ groups, rows }: { groups: TreemapGroup[]; rows: TreemapRow[] }) {
  return (
    <ChartFrame
      title="Principal by team and entity"
      description={
        "Each tile is one of the top 50 hotspots (the first pages of the ranking above): its area is the principal " +
        "(person-days to pay its debt back), its colour the entity's debt rating, tiles grouped by owning team."
      }
      table={{ caption: "Hotspot entities: principal and debt ratio", x: X, series: SERIES, data: rows }}
      empty={{ title: "No hotspots", description: "No assessed entity matching these filters carries debt." }}
      isEmpty={rows.every((r) => r.principal <= 0)}
      footer={
        <ul aria-label="Rating colours" className="flex flex-wrap items-center gap-3 text-xs text-muted">
          {RATINGS.map((r) => (
            <li key={r} className="inline-flex items-center gap-1.5">
              <span
                aria-hidden
                className="inline-block size-3 rounded-sm"
                style={{ background: `var(--rating-${r.toLowerCase()})` }}
              />
              {r}
            </li>
          ))}
          <li>Hover a tile for its numbers, or view as table.</li>
        </ul>
      }
    >
      <Treemap
        groups={groups}
        format="days"
        height={440}
        ariaLabel="Principal by entity, grouped by team, coloured by rating"
      />
    </ChartFrame>
  );
}
