import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { WhyView, WhyViewSkeleton } from "@/components/scorecards/why-view";
import { firstParam } from "@/lib/domain/format/scorecard-links";

export const metadata: Metadata = { title: "Why this rating" };

export default async function OrgWhyPage({ searchParams }: PageProps<"/why">) {
  const category = firstParam((await searchParams).category);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Overview", href: "/" }, { label: "Why this rating" }]}
        title="Why the organisation has its rating"
        description="The failing and partial answers behind the organisation's debt rating, most principal first."
      />
      <Suspense key={category} fallback={<WhyViewSkeleton />}>
        <WhyView subject={{ kind: "org" }} category={category} />
      </Suspense>
    </>
  );
}
