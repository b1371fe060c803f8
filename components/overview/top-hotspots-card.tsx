// The overview's top hotspots: the hotspots table, compact, with a link to the full page.
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { HotspotsTable } from "@/components/hotspots/hotspots-table";
import { parseHotspotParams } from "@/lib/domain/format/dashboard-params";

const TOP = 8;

export function TopHotspotsCard() {
  return (
    <Card>
      <CardHeader
        title="Top hotspots"
        description="Debt ratio × impact: the same debt costs more where more depends on it."
        action={
          <Link href="/hotspots" className="font-medium text-accent hover:text-accent-hover">
            All hotspots →
          </Link>
        }
      />
      <Suspense fallback={<TableSkeleton rows={TOP} />}>
        <HotspotsTable params={parseHotspotParams({})} limit={TOP} variant="compact" />
      </Suspense>
    </Card>
  );
}
