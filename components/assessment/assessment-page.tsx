// The assessment page for one entity and rubric: a start panel when the viewer has no draft,
// else the checklist form. Reads the session, so it renders at request time inside <Suspense>.
import { connection } from "next/server";
import { notFound } from "next/navigation";
import type { Rubric } from "@/lib/domain/kinds";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { formatRelative } from "@/lib/domain/format/date";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { getAssessmentView } from "@/lib/server/assessments/get-assessment-view";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { AssessmentForm } from "./assessment-form";
import { LiveScore } from "./live-score";
import { RubricTabs } from "./rubric-tabs";
import { StartPanel } from "./start-panel";
import { entityRoute } from "@/components/entity/entity-route";

const TITLES: Record<Rubric, string> = { DEBT: "Debt checklist", ML_TEST_SCORE: "ML Test Score" };

export async function AssessmentPage({
  params,
  rubric,
}: {
  params: Promise<{ kind: string; name: string }>;
  rubric: Rubric;
}) {
  const { kind, name } = await entityRoute(params);
  if (rubric === "ML_TEST_SCORE" && kind !== "MODEL") notFound();
  await connection();
  const principal = await getSessionPrincipal();
  const view = await getAssessmentView({ kind, name, rubric, principal });
  if (!view) notFound();
  const { entity, draft, latest } = view;
  const href = entityHref(kind, entity.name);
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
        />
      ) : (
        <div className="grid max-w-5xl gap-5 lg:grid-cols-[minmax(0,1fr)_320px]">
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
