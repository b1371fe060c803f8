import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { ActionItemsView, ActionItemsViewSkeleton } from "@/components/action-items/action-items-view";

export const metadata: Metadata = { title: "Action items" };

export default function ActionItemsPage({ searchParams }: PageProps<"/action-items">) {
  return (
    <>
      <PageHeader
        title="Action items"
        description="Debt work with an owner and a date. Done work lowers principal once an assessment answers the linked item as pass: the score follows evidence, not intentions."
      />
      <Suspense fallback={<ActionItemsViewSkeleton />}>
        <ActionItemsView searchParams={searchParams} />
      </Suspense>
    </>
  );
}
