import type { Metadata } from "next";
import { Suspense } from "react";
import { AssessmentPage, AssessmentPageSkeleton } from "@/components/assessment/assessment-page";
import { decodeSegment } from "@/lib/domain/format/labels";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]/assess">): Promise<Metadata> {
  const { name } = await params;
  return { title: `Assess ${decodeSegment(name)}` };
}

export default function AssessPage({ params, searchParams }: PageProps<"/catalog/[kind]/[name]/assess">) {
  return (
    <Suspense fallback={<AssessmentPageSkeleton />}>
      <AssessmentPage params={params} searchParams={searchParams} rubric="DEBT" />
    </Suspense>
  );
}
