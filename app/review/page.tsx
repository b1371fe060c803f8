import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { CardSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { ReviewsTable } from "@/components/review/reviews-table";
import { ActionItemsTable } from "@/components/review/action-items-table";
import { StartReviewCard } from "@/components/review/start-review-card";

export const metadata: Metadata = { title: "Review" };

export default function ReviewPage() {
  return (
    <>
      <PageHeader
        title="Review"
        description="Run a 20-minute debt review in a planning meeting: what changed since last time, decisions, and the action items they leave."
      />
      <div className="space-y-5">
        <Suspense fallback={<CardSkeleton title="Start a review" rows={1} />}>
          <StartReviewCard />
        </Suspense>
        <Card className="overflow-hidden">
          <CardHeader title="Reviews" description="Open reviews first, then the most recent." />
          <Suspense fallback={<TableSkeleton rows={4} />}>
            <ReviewsTable />
          </Suspense>
        </Card>
        <Card className="overflow-hidden">
          <CardHeader title="Open action items" description="Still to do, most overdue first." />
          <Suspense fallback={<TableSkeleton rows={8} />}>
            <ActionItemsTable />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
