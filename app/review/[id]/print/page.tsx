import type { Metadata } from "next";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/ui/skeleton";
import { PrintView } from "@/components/review/print-view";

export const metadata: Metadata = { title: "Review report" };

export default function PrintReviewPage({ params }: PageProps<"/review/[id]/print">) {
  return (
    <Suspense fallback={<CardSkeleton title="Review report" rows={6} />}>
      <PrintView params={params} />
    </Suspense>
  );
}
