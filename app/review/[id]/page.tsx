import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeaderSkeleton, CardSkeleton } from "@/components/ui/skeleton";
import { ReviewDetail } from "@/components/review/review-detail";

export const metadata: Metadata = { title: "Review" };

export default function ReviewDetailPage({ params }: PageProps<"/review/[id]">) {
  return (
    <Suspense
      fallback={
        <>
          <PageHeaderSkeleton />
          <CardSkeleton title="Since last time" rows={2} />
        </>
      }
    >
      <ReviewDetail params={params} />
    </Suspense>
  );
}
