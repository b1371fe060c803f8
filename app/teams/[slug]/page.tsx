import type { Metadata } from "next";
import { Suspense } from "react";
import { TeamScorecard, TeamScorecardSkeleton } from "@/components/teams/team-scorecard";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug };
}

export default function TeamPage({ params }: PageProps<"/teams/[slug]">) {
  return (
    <Suspense fallback={<TeamScorecardSkeleton />}>
      <TeamScorecard params={params} />
    </Suspense>
  );
}
