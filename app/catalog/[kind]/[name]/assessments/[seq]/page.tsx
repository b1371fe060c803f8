import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/shell/page-header";
import { SubmittedAssessmentPanel } from "@/components/assessment/submitted-assessment-view";
import { entityRoute } from "@/components/entity/entity-route";
import { getSubmittedAssessment } from "@/lib/server/assessments/get-submitted-assessment";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { decodeSegment, entityHref } from "@/lib/domain/format/labels";
import { catalogHref } from "@/lib/domain/format/catalog-params";

export async function generateMetadata({
  params,
}: PageProps<"/catalog/[kind]/[name]/assessments/[seq]">): Promise<Metadata> {
  const { name, seq } = await params;
  return { title: `Assessment #${decodeSegment(seq)} · ${decodeSegment(name)}` };
}

export default async function SubmittedAssessmentPage({
  params,
}: PageProps<"/catalog/[kind]/[name]/assessments/[seq]">) {
  const [{ kind, name }, { seq: rawSeq }] = await Promise.all([entityRoute(params), params]);
  const seq = /^[1-9][0-9]{0,8}$/.test(rawSeq) ? Number(rawSeq) : null;
  if (seq === null) notFound();
  await connection();
  const view = await getSubmittedAssessment({ kind, name, seq });
  if (!view) notFound();
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: KIND_LABELS[kind].many, href: catalogHref({ kind }) },
          { label: view.entity.name, href: entityHref(kind, view.entity.name) },
          { label: `Assessment #${seq}` },
        ]}
        title={
          <span>
            Debt assessment #{seq} of <span className="font-mono text-[22px] tracking-tight">{view.entity.name}</span>
          </span>
        }
      />
      <SubmittedAssessmentPanel view={view} />
    </>
  );
}
