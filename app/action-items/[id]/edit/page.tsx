import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { EditActionItemEditor } from "@/components/action-items/action-item-editor";
import { Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "Edit action item" };

export default async function EditActionItemPage({ params }: PageProps<"/action-items/[id]/edit">) {
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Action items", href: "/action-items" }, { label: "Edit" }]}
        title="Edit action item"
      />
      <Suspense fallback={<Skeleton className="h-96 w-full max-w-2xl" />}>
        <EditActionItemEditor params={params} />
      </Suspense>
    </>
  );
}
