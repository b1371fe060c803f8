import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { PresenterScreen } from "@/components/review/presenter-screen";

export const metadata: Metadata = { title: "Presenting review" };

export default function PresentReviewPage({ params, searchParams }: PageProps<"/review/[id]/present">) {
  return (
    <Suspense
      fallback={
        <div className="fixed inset-0 z-50 bg-background p-14">
          <Skeleton className="h-12 w-1/2" />
          <Skeleton className="mt-10 h-64 w-full" />
        </div>
      }
    >
      <PresenterScreen params={params} searchParams={searchParams} />
    </Suspense>
  );
}
