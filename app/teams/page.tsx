import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { NewTeamButton, NewTeamCard } from "@/components/teams/new-team";
import { TeamScoresTable } from "@/components/teams/team-scores-table";

export const metadata: Metadata = { title: "Teams" };

export default function TeamsPage({ searchParams }: PageProps<"/teams">) {
  return (
    <>
      <PageHeader
        title="Teams"
        description="Each team's debt pooled over the entities it owns, with what it owns and who is in it."
        actions={
          <Suspense>
            <NewTeamButton />
          </Suspense>
        }
      />
      <Suspense>
        <NewTeamCard searchParams={searchParams} />
      </Suspense>
      <Card className="overflow-hidden">
        <Suspense fallback={<TableSkeleton rows={8} />}>
          <TeamScoresTable variant="full" />
        </Suspense>
      </Card>
    </>
  );
}
