// A team's own hotspots (debt ratio × impact). Opened from a heatmap cell (?category=), the card
// ranks by that category's debt ratio, so the drill-down answers "where is this kind of debt
// costing this team most".
import Link from "next/link";
import { Suspense } from "react";
import { connection } from "next/server";
import { listDebtCategories } from "@/lib/server/dashboards/list-category-heatmaps";
import { hotspotsHref, parseHotspotParams, teamHref } from "@/lib/domain/format/dashboard-params";
import { Card, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { HotspotsTable } from "@/components/hotspots/hotspots-table";

const TOP = 5;

export async function TeamHotspots({
  teamSlug,
  category,
  range,
}: {
  teamSlug: string;
  category: string;
  range: string;
}) {
  await connection();
  const chosen = category ? (await listDebtCategories()).find((c) => c.key === category) : undefined;
  const params = { ...parseHotspotParams({}), team: teamSlug, category: chosen?.key ?? "" };
  return (
    <Card>
      <CardHeader
        title={chosen ? `Hotspots in ${chosen.name}` : "Hotspots"}
        description={
          chosen ? (
            <>
              Ranked by this category&apos;s debt ratio × impact.{" "}
              <Link href={teamHref(teamSlug, { range })} className="font-medium text-accent hover:text-accent-hover">
                Show all categories
              </Link>
            </>
          ) : (
            "This team's entities where debt costs most: debt ratio × impact (blast radius and consumers)."
          )
        }
        action={
          <Link href={hotspotsHref(params)} className="font-medium text-accent hover:text-accent-hover">
            All of this team&apos;s hotspots →
          </Link>
        }
      />
      <Suspense fallback={<TableSkeleton rows={TOP} />}>
        <HotspotsTable params={params} limit={TOP} variant="compact" showTeam={false} />
      </Suspense>
    </Card>
  );
}
