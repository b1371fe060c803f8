import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { OrgCounts, OrgCountsSkeleton } from "@/components/overview/org-counts";
import { OrgScoreCard, OrgScoreCardSkeleton } from "@/components/overview/org-score-card";
import { OpenFindingsCard, OpenFindingsCardSkeleton } from "@/components/overview/open-findings-card";
import { RecentAssessments } from "@/components/overview/recent-assessments";
import { TeamScoresTable } from "@/components/teams/team-scores-table";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Hidden technical debt across every team's models, features, data sources and consumers." />
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
        <Card>
          <CardHeader
            title="Teams"
            description="Pooled debt per team, worst first."
            action={<Link href="/teams" className="font-medium text-accent hover:text-accent-hover">All teams →</Link>}
          />
          <Suspense fallback={<TableSkeleton rows={6} columns={6} />}>
            <TeamScoresTable variant="compact" />
          </Suspense>
        </Card>
        <Card>
          <CardHeader title="Recent assessments" description="The latest submitted debt checklists." />
          <Suspense fallback={<TableSkeleton rows={8} columns={7} />}>
            <RecentAssessments />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
