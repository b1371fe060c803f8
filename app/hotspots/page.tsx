import type { Metadata } from "next";
import { Suspense } from "react";
import { Info } from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { CardSkeleton, Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { HOTSPOT_LIMIT, HotspotsTable } from "@/components/hotspots/hotspots-table";
import { HotspotFilters } from "@/components/hotspots/hotspot-filters";
import { HotspotHeatmap } from "@/components/hotspots/hotspot-heatmap";
import { HotspotTreemap } from "@/components/hotspots/hotspot-treemap";
import { parseHotspotParams } from "@/lib/domain/format/dashboard-params";

export const metadata: Metadata = { title: "Hotspots" };

export default async function HotspotsPage({ searchParams }: PageProps<"/hotspots">) {
  const params = parseHotspotParams(await searchParams);
  // The cards re-render (and re-suspend) whenever a filter changes; the table also on another page.
  const { page, ...filters } = params;
  const key = JSON.stringify(filters);
  return (
    <>
      <PageHeader
        title="Hotspots"
        description="Where debt does the most damage: indebted entities that much else depends on."
      />
      <div className="space-y-5">
        <Suspense fallback={<Skeleton className="h-8 w-full max-w-3xl" />}>
          <HotspotFilters params={params} />
        </Suspense>
        <Card className="overflow-hidden">
          <CardHeader
            title="Ranking"
            description={
              <span className="inline-flex items-start gap-1.5">
                <Info aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                <span>
                  Hotspot score = debt ratio × impact, impact = 1 + log₂(1 + blast radius) + log₂(1 + consumers): the
                  same debt costs more where more depends on it (docs/scoring.md §10).
                </span>
              </span>
            }
          />
          <Suspense key={`${key}-${page}`} fallback={<TableSkeleton rows={12} />}>
            <HotspotsTable params={params} />
          </Suspense>
        </Card>
        <Suspense key={`tree-${key}`} fallback={<Skeleton className="h-[520px] w-full rounded-xl" />}>
          <HotspotTreemap params={params} limit={HOTSPOT_LIMIT} />
        </Suspense>
        <Suspense key={`heat-${key}`} fallback={<CardSkeleton title="Debt by category" rows={10} />}>
          <HotspotHeatmap params={params} />
        </Suspense>
      </div>
    </>
  );
}
