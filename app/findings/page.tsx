import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { FindingsView, FindingsViewSkeleton } from "@/components/findings/findings-view";

export const metadata: Metadata = { title: "Findings" };

export default function FindingsPage({ searchParams }: PageProps<"/findings">) {
  return (
    <>
      <PageHeader
        title="Findings"
        description={
          "Debt the lineage graph reveals: correction cascades, feedback loops, unused and unstable features, " +
          "undeclared consumers, orphans. One finding per cause, recomputed after every catalogue change and daily. " +
          "Your teams' findings unless you pick another team."
        }
      />
      <Suspense fallback={<FindingsViewSkeleton />}>
        <FindingsView searchParams={searchParams} />
      </Suspense>
    </>
  );
}
