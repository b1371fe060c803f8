import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EntityPage, EntityPageSkeleton } from "@/components/entity/entity-page";
import { decodeSegment, kindFromSlug } from "@/lib/domain/format/labels";
import { entityExists } from "@/lib/server/queries/entity-exists";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]">): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeSegment(name) };
}

export default async function CatalogEntityPage({ params }: PageProps<"/catalog/[kind]/[name]">) {
  // Checked before the page streams, so an unknown entity gets a 404 status, not just the page.
  const { kind: slug, name } = await params;
  const kind = kindFromSlug(slug);
  if (!kind || !(await entityExists({ kind, name: decodeSegment(name) }))) notFound();
  return (
    <Suspense fallback={<EntityPageSkeleton />}>
      <EntityPage params={params} />
    </Suspense>
  );
}
