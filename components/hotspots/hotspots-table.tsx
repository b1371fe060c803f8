// Hotspots ranked by debt ratio × impact (docs/scoring.md §10), filtered by the URL. The full
// table shows one page of the ranking (HOTSPOT_PAGE_SIZE rows, ?page=); the overview's and a
// team's cards show its first rows. The rows render in the client from compact data (hotspot-rows.tsx).
import { connection } from "next/server";
import { Flame } from "lucide-react";
import { rankHotspotsOnce, type HotspotRanking, type HotspotRow } from "@/lib/server/dashboards/list-hotspots";
import { HOTSPOT_PAGE_SIZE, hotspotsHref, type HotspotParams } from "@/lib/domain/format/dashboard-params";
import { debtRatio, ratingOf } from "@/lib/domain/scoring/score";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { HotspotRows, type HotspotRowData } from "./hotspot-rows";

/** The ranking the hotspots page's treemap and heatmap draw from, and the table's first pages. */
export const HOTSPOT_LIMIT = 50;

export interface HotspotsTableProps {
  params: HotspotParams;
  /** compact: this many rows, no paging. */
  limit?: number;
  variant?: "full" | "compact";
  /** Off on a team's own page. */
  showTeam?: boolean;
}

/** One page of the ranking: sliced from the top HOTSPOT_LIMIT (the query the treemap and heatmap share) when it lies within them. */
export async function hotspotPage(params: HotspotParams): Promise<HotspotRanking & { top: number; first: number }> {
  const filters = filtersOf(params);
  const from = (params.page - 1) * HOTSPOT_PAGE_SIZE;
  const ranking = await rankHotspotsOnce({ ...filters, limit: HOTSPOT_LIMIT });
  const top = ranking.rows[0]?.score ?? 0;
  if (from + HOTSPOT_PAGE_SIZE <= HOTSPOT_LIMIT)
    return { rows: ranking.rows.slice(from, from + HOTSPOT_PAGE_SIZE), total: ranking.total, top, first: from + 1 };
  const page = await rankHotspotsOnce({ ...filters, limit: HOTSPOT_PAGE_SIZE, offset: from });
  return { ...page, top, first: from + 1 };
}

export async function HotspotsTable({
  params,
  limit = HOTSPOT_LIMIT,
  variant = "full",
  showTeam = true,
}: HotspotsTableProps) {
  await connection();
  const full = variant === "full";
  const { rows, total, top, first } = full
    ? await hotspotPage(params)
    : await rankHotspotsOnce({ ...filtersOf(params), limit }).then((r) => ({
        ...r,
        top: r.rows[0]?.score ?? 0,
        first: 1,
      }));
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={Flame}
        title="No hotspots"
        description={
          total > 0
            ? "This page is past the end of the ranking."
            : "No assessed entity matching these filters carries debt. Hotspots appear once submitted assessments record failing items."
        }
      />
    );
  }
  return (
    <>
      <HotspotRows
        rows={rows.map(compactRow)}
        first={first}
        top={top}
        variant={variant}
        byCategory={params.category !== ""}
        showTeam={showTeam}
      />
      {full ? (
        <Pagination
          page={params.page}
          pageSize={HOTSPOT_PAGE_SIZE}
          total={total}
          href={(page) => hotspotsHref({ ...params, page })}
        />
      ) : null}
    </>
  );
}

function filtersOf({ team, kind, category, lifecycle }: HotspotParams) {
  return { team, kind, category, lifecycle };
}

/** What a row prints. Principal is rounded as formatDays rounds it; ratio, impact and score stay
 *  exact, so a cell reads the same as on the entity's page. */
function compactRow(h: HotspotRow): HotspotRowData {
  return {
    id: h.id,
    kind: h.kind,
    name: h.name,
    lifecycle: h.lifecycle,
    team: h.team,
    rating: ratingOf(debtRatio(h.sums)),
    ratio: h.ratio,
    principal: Math.round(h.sums.principalDays * 10) / 10,
    downstream: h.downstream,
    consumers: h.consumers,
    impact: h.impact,
    score: h.score,
  };
}
