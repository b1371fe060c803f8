import type { Metadata } from "next";
import { Suspense } from "react";
import { ActionItemDetail, ActionItemDetailSkeleton } from "@/components/action-items/action-item-detail";

export const metadata: Metadata = { title: "Action item" };

export default function ActionItemPage({ params }: PageProps<"/action-items/[id]">) {
  return (
    <Suspense fallback={<ActionItemDetailSkeleton />}>
      <ActionItemDetail params={params} />
    </Suspense>
  );
}
