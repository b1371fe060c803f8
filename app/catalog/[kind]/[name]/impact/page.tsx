import type { Metadata } from "next";
import { Suspense } from "react";
import { decodeSegment } from "@/lib/domain/format/labels";
import { ImpactView, ImpactViewSkeleton } from "@/components/lineage/impact-view";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]/impact">): Promise<Metadata> {
  const { name } = await params;
  return { title: `${decodeSegment(name)} · impact` };
}

export default function EntityImpactPage({ params }: PageProps<"/catalog/[kind]/[name]/impact">) {
  return (
    <Suspense fallback={<ImpactViewSkeleton />}>
      <ImpactView params={params} />
    </Suspense>
  );
}
