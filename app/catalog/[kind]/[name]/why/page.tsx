import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { WhyView, WhyViewSkeleton } from "@/components/scorecards/why-view";
import { EntityViewTabs } from "@/components/lineage/entity-view-tabs";
import { entityRoute } from "@/components/entity/entity-route";
import { getEntity } from "@/lib/server/catalog/get-entity";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { decodeSegment, entityHref } from "@/lib/domain/format/labels";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { firstParam } from "@/lib/domain/format/scorecard-links";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]/why">): Promise<Metadata> {
  const { name } = await params;
  return { title: `Why · ${decodeSegment(name)}` };
}

export default async function EntityWhyPage({ params, searchParams }: PageProps<"/catalog/[kind]/[name]/why">) {
  const [{ kind, name }, raw] = await Promise.all([entityRoute(params), searchParams]);
  const entity = await getEntity({ kind, name });
  if (!entity) notFound();
  const category = firstParam(raw.category);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: KIND_LABELS[kind].many, href: catalogHref({ kind }) },
          { label: entity.name, href: entityHref(kind, entity.name) },
          { label: "Why this rating" },
        ]}
        title={<span className="font-mono text-[22px] tracking-tight">{entity.name}</span>}
        description="Why it has its rating: the failing and partial answers of its latest submitted debt assessment."
      />
      <EntityViewTabs kind={kind} name={entity.name} current="why" />
      <Suspense key={category} fallback={<WhyViewSkeleton />}>
        <WhyView subject={{ kind: "entity", id: entity.id, entityKind: kind, name: entity.name }} category={category} />
      </Suspense>
    </>
  );
}
