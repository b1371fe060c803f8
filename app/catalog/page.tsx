import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { CatalogView, CatalogViewSkeleton } from "@/components/catalog/catalog-view";
import { CatalogActions } from "@/components/catalog/catalog-actions";

export const metadata: Metadata = { title: "Catalog" };

export default function CatalogPage({ searchParams }: PageProps<"/catalog">) {
  return (
    <>
      <PageHeader
        title="Catalog"
        description="Every model, feature, data source and consumer, with its owner, lineage and latest debt score."
        actions={
          <Suspense fallback={null}>
            <CatalogActions />
          </Suspense>
        }
      />
      <Suspense fallback={<CatalogViewSkeleton />}>
        <CatalogView searchParams={searchParams} />
      </Suspense>
    </>
  );
}
