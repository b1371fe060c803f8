import type { Metadata } from "next";
import { Suspense } from "react";
import { AssessmentPage, AssessmentPageSkeleton } from "@/components/assessment/assessment-page";
import { decodeSegment } from "@/lib/domain/format/labels";

export async function generateMetadata({
  params,
}: PageProps<"/catalog/[kind]/[name]/assess/ml-test-score">): Promise<Metadata> {
  const { name } = await params;
  return { title: `ML Test Score · ${decodeSegment(name)}` };
}

export default function MlTestScorePage({
  params,
  searchParams,
}: PageProps<"/catalog/[kind]/[name]/assess/ml-test-score">) {
  return (
    <Suspense fallback={<AssessmentPageSkeleton />}>
      <AssessmentPage params={params} searchParams={searchParams} rubric="ML_TEST_SCORE" />
    </Suspense>
  );
}
