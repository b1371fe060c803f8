import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { WhyView, WhyViewSkeleton } from "@/components/scorecards/why-view";
import { getTeam } from "@/lib/server/teams/get-team";
import { decodeSegment } from "@/lib/domain/format/labels";
import { firstParam } from "@/lib/domain/format/scorecard-links";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]/why">): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Why · ${decodeSegment(slug)}` };
}

export default async function TeamWhyPage({ params, searchParams }: PageProps<"/teams/[slug]/why">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const team = await getTeam({ slug: decodeSegment(slug) });
  if (!team) notFound();
  const category = firstParam(raw.category);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Teams", href: "/teams" },
          { label: team.name, href: `/teams/${encodeURIComponent(team.slug)}` },
          { label: "Why this rating" },
        ]}
        title={`Why ${team.name} has its rating`}
        description="The failing and partial answers in the latest assessments of the team's active entities, most principal first."
      />
      <Suspense key={category} fallback={<WhyViewSkeleton />}>
        <WhyView
          subject={{ kind: "team", id: team.id, slug: team.slug, name: team.name, sums: team.sums }}
          category={category}
        />
      </Suspense>
    </>
  );
}
