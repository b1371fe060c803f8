// The catalogue below the page header: kind tabs, filters and the current page of entities.
// Reads searchParams, so it renders at request time inside the page's <Suspense>.
import { connection } from "next/server";
import { Suspense } from "react";
import { countEntitiesByKind } from "@/lib/server/catalog/count-entities-by-kind";
import { listTeamOptions } from "@/lib/server/teams/list-team-options";
import { parseCatalogParams, type CatalogParams } from "@/lib/domain/format/catalog-params";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { CatalogFilters } from "./catalog-filters";
import { EntityTable } from "./entity-table";
import { KindTabs } from "./kind-tabs";

type SearchParams = Record<string, string | string[] | undefined>;

export async function CatalogView({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = parseCatalogParams(await searchParams);
  return (
    <div className="space-y-4">
      <Suspense fallback={<KindTabs params={params} counts={null} />}>
        <CountedKindTabs params={params} />
      </Suspense>
      <Card className="overflow-hidden">
        <div className="flex min-h-14 items-center px-5 py-3">
          <Suspense fallback={<FiltersSkeleton />}>
            <Filters params={params} />
          </Suspense>
        </div>
        {/* Keyed by the filters, so a new search shows the skeleton instead of stale rows. */}
        <Suspense key={JSON.stringify(params)} fallback={<TableSkeleton rows={12} />}>
          <EntityTable params={params} />
        </Suspense>
      </Card>
    </div>
  );
}

async function CountedKindTabs({ params }: { params: CatalogParams }) {
  await connection();
  const counts = await countEntitiesByKind({ q: params.q, team: params.team, lifecycle: params.lifecycle });
  return <KindTabs params={params} counts={counts} />;
}

async function Filters({ params }: { params: CatalogParams }) {
  await connection();
  const teams = await listTeamOptions();
  return <CatalogFilters key={JSON.stringify(params)} params={params} teams={teams} />;
}

function FiltersSkeleton() {
  return (
    <div className="flex gap-2">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-8 w-40" />
    </div>
  );
}

export function CatalogViewSkeleton() {
  return (
    <div className="space-y-4">
      <div className="flex h-10 gap-6 border-b border-border">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="my-3 h-4 w-24" />
        ))}
      </div>
      <Card className="overflow-hidden">
        <div className="flex min-h-14 items-center px-5 py-3">
          <FiltersSkeleton />
        </div>
        <TableSkeleton rows={12} />
      </Card>
    </div>
  );
}
