import type { Metadata } from "next";
import { GateSummaryCard } from "@/components/gates/gate-summary-card";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { CardSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { OrgCounts, OrgCountsSkeleton } from "@/components/overview/org-counts";
import { OrgScoreCard, OrgScoreCardSkeleton } from "@/components/overview/org-score-card";
import { OpenFindingsCard, OpenFindingsCardSkeleton } from "@/components/overview/open-findings-card";
import { RecentAssessments } from "@/components/overview/recent-assessments";
import { TeamHeatmap, TeamHeatmapSkeleton } from "@/components/overview/team-heatmap";
import { TopHotspotsCard } from "@/components/overview/top-hotspots-card";
import { StaleAssessmentsCard, StaleAssessmentsCardSkeleton } from "@/components/overview/stale-assessments-card";
import { ScoreTrendCard, ScoreTrendCardSkeleton } from "@/components/trends/score-trend-card";
import { RangePicker } from "@/components/trends/range-picker";
import { parseTrendRange, withSearchParam } from "@/lib/domain/trends/params";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: PageProps<"/">) {
  const raw = await searchParams;
  const range = parseTrendRange(raw);
  return (
    <>
      <PageHeader
        title="Overview"
        description="Hidden technical debt across every team's models, features, data sources and consumers."
      />
      <div className="space-y-5">
        <Suspense fallback={<OrgCountsSkeleton />}>
          <OrgCounts />
        </Suspense>
        <div className="grid gap-5 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <Suspense fallback={<OrgScoreCardSkeleton />}>
              <OrgScoreCard />
            </Suspense>
          </div>
          <Suspense fallback={<OpenFindingsCardSkeleton />}>
            <OpenFindingsCard />
          </Suspense>
        </div>
        <Suspense key={range} fallback={<ScoreTrendCardSkeleton title="Organisation debt over time" />}>
          <ScoreTrendCard
            scope={{ kind: "org" }}
            range={range}
            title="Organisation debt over time"
            showEvents
            action={<RangePicker value={range} pathname="/" searchParams={raw} />}
          />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Gates" rows={4} />}>
          <GateSummaryCard />
        </Suspense>
        <Suspense fallback={<TeamHeatmapSkeleton />}>
          <TeamHeatmap
            all={raw.teams === "all"}
            allHref={`/${withSearchParam(raw, "teams", "all")}#team-heatmap`}
            topHref={`/${withSearchParam(raw, "teams", undefined)}#team-heatmap`}
          />
        </Suspense>
        <div className="grid gap-5 xl:grid-cols-5">
          <div className="min-w-0 xl:col-span-3">
            <TopHotspotsCard />
          </div>
          <div className="min-w-0 xl:col-span-2">
            <Suspense fallback={<StaleAssessmentsCardSkeleton />}>
              <StaleAssessmentsCard />
            </Suspense>
          </div>
        </div>
        <Card>
          <CardHeader title="Recent assessments" description="The latest submitted debt checklists." />
          <Suspense fallback={<TableSkeleton rows={8} />}>
            <RecentAssessments />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
