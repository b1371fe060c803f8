"use client";
// The hotspot treemap's client half: the chart frame (title, empty state, view as table) around
// the grouped treemap, and a legend of the rating colours (the letter is in every tooltip and in
// the table, so colour is never the only cue).
import { ChartFrame } from "@/components/charts/chart-frame";
import { Treemap, type TreemapGroup } from "@/components/charts/treemap";
import type { ChartAxis, Series } from "@/components/charts/types";
import { formatPercent } from "@/lib/domain/format/number";
import type { Rating } from "@/lib/domain/scoring/score";

/** One entity of the ranking: what its tile and its table row show. */
export interface TreemapTile {
  name: string;
  team: string;
  rating: Rating | null;
  principal: number;
  ratio: number;
}

export type TreemapRow = { entity: string; rating: string; principal: number; ratio: number };

const X: ChartAxis<TreemapRow> = { key: "entity", label: "Entity (team)", format: "text" };
const SERIES: Series<TreemapRow>[] = [
  { key: "principal", label: "Principal", format: "days" },
  { key: "ratio", label: "Debt ratio", format: "percent1" },
];
const RATINGS = ["A", "B", "C", "D", "E"] as const;

/** Blocks by team in the ranking's order, a tile per entity coloured by its rating; and the table view's rows. */
function layout(tiles: readonly TreemapTile[]): { groups: TreemapGroup[]; rows: TreemapRow[] } {
  const byTeam = new Map<string, TreemapGroup & { leaves: TreemapGroup["leaves"][number][] }>();
  for (const t of tiles) {
    const tone = t.rating ? `--rating-${t.rating.toLowerCase()}` : "--rating-none";
    const group = byTeam.get(t.team) ?? { name: t.team, leaves: [] };
    group.leaves.push({
      name: t.name,
      value: t.principal,
      fill: `var(${tone})`,
      text: `var(${tone}-fg)`,
      detail: `rating ${t.rating ?? "none"}, ${formatPercent(t.ratio)} debt`,
    });
    byTeam.set(t.team, group);
  }
  const rows = tiles.map((t) => ({
    entity: `${t.name} (${t.team})`,
    rating: t.rating ?? "—",
    principal: t.principal,
    ratio: t.ratio,
  }));
  return { groups: [...byTeam.values()], rows };
}

export function HotspotTreemapChart({ tiles }: { tiles: readonly TreemapTile[] }) {
  const { groups, rows } = layout(tiles);
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
