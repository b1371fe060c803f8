import type { Metadata } from "next";
import { Suspense } from "react";
import { EntityPage, EntityPageSkeleton } from "@/components/entity/entity-page";
import { decodeSegment } from "@/lib/domain/format/labels";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]">): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeSegment(name) };
}

export default function CatalogEntityPage({ params, searchParams }: PageProps<"/catalog/[kind]/[name]">) {
  return (
    <Suspense fallback={<EntityPageSkeleton />}>
      <EntityPage params={params} searchParams={searchParams} />
    </Suspense>
  );
}
