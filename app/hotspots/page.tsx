import type { Metadata } from "next";
import { Suspense } from "react";
import { Info } from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { HOTSPOT_LIMIT, HotspotsTable } from "@/components/hotspots/hotspots-table";

export const metadata: Metadata = { title: "Hotspots" };

export default function HotspotsPage() {
  return (
    <>
      <PageHeader
        title="Hotspots"
        meta={<Badge tone="warning">Preliminary</Badge>}
        description="Where debt does the most damage: indebted entities that many others depend on."
      />
      <Card className="overflow-hidden">
        <CardHeader
          title={`Top ${HOTSPOT_LIMIT} entities`}
          description={
            <span className="inline-flex items-start gap-1.5">
              <Info aria-hidden className="mt-0.5 size-3.5 shrink-0" />
              <span>
                Score = debt ratio × impact, where impact = 1 + the entity&apos;s downstream relations. A placeholder until the
                dashboards work defines the real hotspot score.
              </span>
            </span>
          }
        />
        <Suspense fallback={<TableSkeleton rows={12} columns={9} />}>
          <HotspotsTable />
        </Suspense>
      </Card>
    </>
  );
}
