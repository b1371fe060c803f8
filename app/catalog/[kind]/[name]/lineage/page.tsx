import type { Metadata } from "next";
import { Suspense } from "react";
import { decodeSegment } from "@/lib/domain/format/labels";
import { LineageView, LineageViewSkeleton } from "@/components/lineage/lineage-view";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]/lineage">): Promise<Metadata> {
  const { name } = await params;
  return { title: `${decodeSegment(name)} · lineage` };
}

export default function EntityLineagePage({ params, searchParams }: PageProps<"/catalog/[kind]/[name]/lineage">) {
  return (
    <Suspense fallback={<LineageViewSkeleton />}>
      <LineageView params={params} searchParams={searchParams} />
    </Suspense>
  );
}
