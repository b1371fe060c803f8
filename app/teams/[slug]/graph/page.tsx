import type { Metadata } from "next";
import { Suspense } from "react";
import { TeamGraphView, TeamGraphViewSkeleton } from "@/components/lineage/team-graph-view";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]/graph">): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${slug} · lineage` };
}

export default function TeamGraphPage({ params }: PageProps<"/teams/[slug]/graph">) {
  return (
    <Suspense fallback={<TeamGraphViewSkeleton />}>
      <TeamGraphView params={params} />
    </Suspense>
  );
}
