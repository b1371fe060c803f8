// /settings/audit: the organisation's audit trail, filterable by who, what, target and dates
// (filters in the URL), exportable as CSV. Everyone signed in may read it.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { Card, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { parseAuditFilter } from "@/lib/domain/audit/audit-filter";
import { listAuditFacets } from "@/lib/server/audit/list-audit-facets";

export const metadata: Metadata = { title: "Audit trail" };

export default function AuditPage({ searchParams }: PageProps<"/settings/audit">) {
  return (
    <Card className="overflow-hidden">
      <CardHeader
        title="Audit trail"
        description="Every change, who made it and when, with what it was before and after. Entries can never be edited or deleted."
      />
      <Suspense fallback={<TableSkeleton rows={12} />}>
        <FilteredTrail searchParams={searchParams} />
      </Suspense>
    </Card>
  );
}

async function FilteredTrail({ searchParams }: { searchParams: PageProps<"/settings/audit">["searchParams"] }) {
  const filter = parseAuditFilter(await searchParams);
  const { page, ...query } = filter;
  const facets = await listAuditFacets();
  return (
    <>
      <AuditFilters filter={filter} facets={facets} />
      <AuditList filter={query} page={page} pageSize={50} emptyText="No events match these filters." />
    </>
  );
}
