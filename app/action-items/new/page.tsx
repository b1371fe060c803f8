import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { NewActionItemEditor } from "@/components/action-items/action-item-editor";
import { Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "New action item" };

export default function NewActionItemPage({ searchParams }: PageProps<"/action-items/new">) {
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Action items", href: "/action-items" }, { label: "New" }]}
        title="New action item"
      />
      <Suspense fallback={<Skeleton className="h-96 w-full max-w-2xl" />}>
        <NewActionItemEditor searchParams={searchParams} />
      </Suspense>
    </>
  );
}
