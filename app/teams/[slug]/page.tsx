import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { TeamScorecard, TeamScorecardSkeleton } from "@/components/teams/team-scorecard";
import { CategoryBarsCard, CategoryBarsCardSkeleton } from "@/components/trends/category-bars-card";
import { ScoreTrendCard, ScoreTrendCardSkeleton } from "@/components/trends/score-trend-card";
import { RangePicker } from "@/components/trends/range-picker";
import { ActionItemsTable } from "@/components/review/action-items-table";
import { Card, CardHeader } from "@/components/ui/card";
import { CardSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { getTeamRef } from "@/lib/server/teams/get-team-ref";
import { decodeSegment } from "@/lib/domain/format/labels";
import { parseTrendRange } from "@/lib/domain/trends/params";
import { TeamHotspots } from "@/components/teams/team-hotspots";
import { GateSummaryCard } from "@/components/gates/gate-summary-card";
import { TeamMlTestScores, TeamMlTestScoresSkeleton } from "@/components/teams/team-ml-test-scores";
import { parseTeamEntityParams } from "@/lib/domain/format/dashboard-params";
import { firstParam } from "@/lib/domain/url/search-params";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  return { title: decodeSegment(slug) };
}

export default async function TeamPage({ params, searchParams }: PageProps<"/teams/[slug]">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  // Looked up before any card streams: an unknown slug is refused with the not-found page.
  const team = await getTeamRef({ slug: decodeSegment(slug) });
  if (!team) notFound();
  const range = parseTrendRange(raw);
  const { category } = parseTeamEntityParams(raw);
  return (
    <div className="space-y-5">
      <Suspense fallback={<TeamScorecardSkeleton />}>
        <TeamScorecard params={params} searchParams={searchParams} />
      </Suspense>
      <div className="grid gap-5 lg:grid-cols-2">
        <Suspense fallback={<CategoryBarsCardSkeleton />}>
          <CategoryBarsCard teamId={team.id} teamSlug={team.slug} />
        </Suspense>
        <Suspense key={range} fallback={<ScoreTrendCardSkeleton title="Team debt over time" />}>
          <ScoreTrendCard
            scope={{ kind: "team", teamId: team.id }}
            range={range}
            title="Team debt over time"
            showEvents
            action={
              <RangePicker value={range} pathname={`/teams/${encodeURIComponent(team.slug)}`} searchParams={raw} />
            }
          />
        </Suspense>
      </div>
      <Suspense fallback={<CardSkeleton title="Gates" rows={4} />}>
        <GateSummaryCard teamId={team.id} teamSlug={team.slug} />
      </Suspense>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Suspense fallback={<CardSkeleton title="Hotspots" rows={5} />}>
            <TeamHotspots teamSlug={team.slug} category={category} range={firstParam(raw, "range") ?? ""} />
          </Suspense>
        </div>
        <div className="min-w-0">
          <Suspense fallback={<TeamMlTestScoresSkeleton />}>
            <TeamMlTestScores teamId={team.id} />
          </Suspense>
        </div>
      </div>
      <Card>
        <CardHeader title="Action items" description="What the team agreed to pay back, overdue first." />
        <Suspense fallback={<TableSkeleton rows={5} />}>
          <ActionItemsTable teamId={team.id} />
        </Suspense>
      </Card>
    </div>
  );
}
