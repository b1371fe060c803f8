// Trends, after SonarQube's Activity page: one scope's debt ratio and principal over a range,
// week by week or month by month, with reviews and large imports marked on the timeline and
// listed under it. Scope, range and granularity all live in the URL.
import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { TrendsView, TrendsViewSkeleton } from "@/components/trends/trends-view";
import { parseTrendParams, trendSearch } from "@/lib/domain/trends/params";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseTrendParams(await searchParams);
  return (
    <>
      <PageHeader
        title="Trends"
        description="How debt moves over time, with the reviews and large imports that explain the jumps."
      />
      <Suspense
        key={trendSearch(params)}
        fallback={
          <div className="space-y-5">
            <Card>
              <CardBody className="pt-5">
                <Skeleton className="h-12 w-full max-w-3xl" />
              </CardBody>
            </Card>
            <TrendsViewSkeleton />
          </div>
        }
      >
        <TrendsView params={params} />
      </Suspense>
    </>
  );
}
