// The assessment page for one entity and rubric: a start panel when the viewer has no draft
// (with the members' drafts waiting for review, for those who may submit them), else the
// checklist form — the viewer's own draft, or with ?draft=<id> a member's draft ready for
// review. ?submitted=<seq> says what a submission changed (the ML Test Score lands here; the
// debt checklist on the entity page). Reads the session, so it renders at request time inside
// <Suspense>.
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { UserCheck } from "lucide-react";
import { parseAssessParams } from "@/lib/domain/format/assess-params";
import type { Rubric } from "@/lib/domain/kinds";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { formatRelative } from "@/lib/domain/format/date";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { getAssessmentView } from "@/lib/server/assessments/get-assessment-view";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { secondaryButton } from "@/components/ui/controls";
import { AssessmentForm } from "./assessment-form";
import { LiveScore } from "./live-score";
import { RubricTabs } from "./rubric-tabs";
import { StartPanel } from "./start-panel";
import { SubmittedNotice } from "./submitted-notice";
import { entityRoute } from "@/components/entity/entity-route";

const TITLES: Record<Rubric, string> = { DEBT: "Debt checklist", ML_TEST_SCORE: "ML Test Score" };

export async function AssessmentPage({
  params,
  searchParams,
  rubric,
}: {
  params: Promise<{ kind: string; name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  rubric: Rubric;
}) {
  const { kind, name } = await entityRoute(params);
  if (rubric === "ML_TEST_SCORE" && kind !== "MODEL") notFound();
  const query = parseAssessParams(await searchParams);
  await connection();
  const principal = await getSessionPrincipal();
  const view = await getAssessmentView({ kind, name, rubric, principal, draftId: query.draft });
  if (!view) notFound();
  const { entity, draft, latest } = view;
  const href = entityHref(kind, entity.name);
  const pageHref = `${href}/assess${rubric === "ML_TEST_SCORE" ? "/ml-test-score" : ""}`;
  const questions = view.categories.reduce((n, c) => n + c.items.length, 0);
  const behind =
    draft && latest && draft.basedOnId !== latest.id ? { seq: latest.submittedSeq, author: latest.author } : null;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: KIND_LABELS[kind].many, href: catalogHref({ kind }) },
          { label: entity.name, href },
          { label: "Assess" },
        ]}
        title={
          <>
            Assess <span className="font-mono text-[22px] tracking-tight">{entity.name}</span>
          </>
        }
        description={
          rubric === "DEBT"
            ? "Answer each question for this entity, category by category (Sculley et al. 2015). Every submission is kept; the newest is the score."
            : "Breck et al. 2017: 28 tests in four sections. The model's score is its weakest section's."
        }
      />
      {kind === "MODEL" ? <RubricTabs base={`${href}/assess`} current={rubric} /> : null}
      {query.submitted ? (
        <SubmittedNotice entityId={entity.id} rubric={rubric} seq={query.submitted} closeHref={pageHref} />
      ) : null}
      {view.draftUnavailable ? (
        <p role="alert" className="mb-5 rounded-lg bg-danger-soft px-4 py-3 text-[13px] text-danger">
          That draft cannot be opened: it was submitted, withdrawn from review, or is not yours to review.{" "}
          <Link href={pageHref} className="font-medium underline underline-offset-2">
            Open the checklist
          </Link>
        </p>
      ) : null}
      {!view.canDraft || entity.archivedAt ? (
        <Card>
          <CardHeader title={TITLES[rubric]} />
          <CardBody>
            <p className="text-[13px] text-muted">
              {entity.archivedAt
                ? "This entity is archived; it can no longer be assessed."
                : `Only members of ${entity.teamName ?? "the owning team"} (and admins) can assess this entity.`}
            </p>
          </CardBody>
        </Card>
      ) : draft ? (
        <AssessmentForm
          key={`${draft.id}-${draft.version}`}
          draftId={draft.id}
          version={draft.version}
          rubric={rubric}
          categories={view.categories}
          initialAnswers={draft.answers}
          canSubmit={view.canSubmit}
          entityHref={href}
          teamName={entity.teamName}
          behind={behind}
          readyForReviewAt={draft.own ? (draft.readyForReviewAt?.toISOString() ?? null) : null}
          reviewing={draft.own ? null : { author: draft.author }}
          latest={latest ? { seq: latest.submittedSeq, sums: latest.sums, values: latest.values } : null}
        />
      ) : (
        <div className="grid max-w-5xl gap-5 lg:grid-cols-[minmax(0,1fr)_320px]">
          {view.readyDrafts.length > 0 ? (
            <Card className="lg:col-span-2">
              <CardHeader
                title="Ready for review"
                description="Drafts members handed to the maintainers: open one, change what needs changing, submit it."
              />
              <ul className="px-5 pb-4">
                {view.readyDrafts.map((d) => (
                  <li
                    key={d.id}
                    className="flex flex-wrap items-center justify-between gap-3 border-t border-border py-2.5 first:border-t-0"
                  >
                    <span className="text-[13px]">
                      <span className="font-medium">{d.author ?? "A former member"}</span>
                      <span className="text-muted">
                        {" "}
                        · {d.answered} answered · marked {formatRelative(d.readyForReviewAt, new Date())}
                      </span>
                    </span>
                    <Link href={`${pageHref}?draft=${encodeURIComponent(d.id)}`} className={secondaryButton}>
                      <UserCheck aria-hidden className="size-4" />
                      Review {d.author ?? "this"}’s draft
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <Card>
            <CardHeader title={rubric === "DEBT" ? "Start a debt assessment" : "Start an ML Test Score assessment"} />
            <CardBody>
              <StartPanel
                entityId={entity.id}
                rubric={rubric}
                questions={questions}
                openFindings={view.openFindings}
                latest={
                  latest
                    ? {
                        seq: latest.submittedSeq,
                        when: formatRelative(latest.submittedAt, new Date()),
                        author: latest.author,
                      }
                    : null
                }
              />
            </CardBody>
          </Card>
          {rubric === "ML_TEST_SCORE" && latest ? (
            // The debt score lives on the entity page; the latest ML Test Score is shown here.
            <Card>
              <CardHeader
                title={`Assessment #${latest.submittedSeq ?? "?"}`}
                description={`Submitted ${formatRelative(latest.submittedAt, new Date())}${latest.author ? ` by ${latest.author}` : ""}`}
              />
              <CardBody>
                <LiveScore rubric={rubric} categories={view.categories} values={latest.values} />
              </CardBody>
            </Card>
          ) : null}
        </div>
      )}
    </>
  );
}

export function AssessmentPageSkeleton() {
  return <div className="h-96 animate-pulse rounded-xl bg-surface-hover" />;
}
