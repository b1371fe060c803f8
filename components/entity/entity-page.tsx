// An entity's page: who owns it, what it is, what flows in and out of it, and its assessments.
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getEntity } from "@/lib/server/catalog/get-entity";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { onlyWhoCan } from "@/lib/domain/auth/reasons";
import { can } from "@/lib/domain/auth/permissions";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { KindIcon } from "./kind-icon";
import { LifecycleBadge } from "./lifecycle-badge";
import { EntityDetails } from "./entity-details";
import { EntityLinks } from "./entity-links";
import { EntityRelations } from "./entity-relations";
import { EntityPipelineSignals } from "./entity-pipeline-signals";
import { EntityAssessments, EntityScoreCard } from "./entity-assessments";
import { EntityMlTestScore } from "./entity-ml-test-score";
import { AssessEntry } from "@/components/assessment/assess-entry";
import { EntityViewTabs } from "@/components/lineage/entity-view-tabs";
import { entityRoute } from "@/components/entity/entity-route";
import { EntityCategoryCard } from "@/components/scorecards/entity-category-card";
import { EntityGateCard } from "@/components/gates/entity-gate-card";
import { SubmittedNotice } from "@/components/assessment/submitted-notice";
import { parseAssessParams } from "@/lib/domain/format/assess-params";

export async function EntityPage({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string; name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kind, name } = await entityRoute(params);
  const { submitted, history } = parseAssessParams(await searchParams);
  await connection();
  // The entity and the reader's roles are independent reads: both at once, not one after the other.
  const [entity, principal] = await Promise.all([getEntity({ kind, name }), getSessionPrincipal()]);
  if (!entity) notFound();
  const label = KIND_LABELS[kind];
  // Edit controls only for those who may use them; the actions check again on the server.
  const editable = can(principal, "catalog:write", { teamId: entity.teamId });
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: label.many, href: catalogHref({ kind }) },
          { label: entity.name },
        ]}
        title={<span className="font-mono text-[22px] tracking-tight">{entity.name}</span>}
        actions={
          <Suspense fallback={null}>
            <AssessEntry entity={{ id: entity.id, kind, name: entity.name, archived: entity.archivedAt !== null }} />
          </Suspense>
        }
        meta={
          <>
            <Badge>
              <KindIcon kind={kind} className="size-3 text-muted" />
              {label.one}
            </Badge>
            <LifecycleBadge lifecycle={entity.lifecycle} />
            {entity.archivedAt ? <Badge tone="warning">Archived</Badge> : null}
          </>
        }
        description={
          <>
            {entity.title && entity.title !== entity.name ? (
              <span className="font-medium text-foreground">{entity.title}. </span>
            ) : null}
            {entity.description || <span className="text-subtle">No description yet.</span>}
          </>
        }
      />
      <EntityViewTabs kind={kind} name={entity.name} current="overview" />
      {/* The sections render together, with the header: each is an index read of a few rows, and
          one pass costs less than streaming each behind its own skeleton (issue 17). */}
      {submitted ? (
        <Suspense fallback={null}>
          <SubmittedNotice
            entityId={entity.id}
            rubric="DEBT"
            seq={submitted}
            closeHref={entityHref(kind, entity.name)}
          />
        </Suspense>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          <EntityRelations
            entityId={entity.id}
            editableAs={editable && !entity.archivedAt ? formatRef(kind, entity.name) : null}
          />
          {kind === "DATA_SOURCE" || kind === "CONSUMER" ? <EntityPipelineSignals entityId={entity.id} /> : null}
          <EntityAssessments entity={{ id: entity.id, kind, name: entity.name }} all={history} />
        </div>
        <div className="min-w-0 space-y-5">
          <EntityScoreCard entity={{ id: entity.id, kind, name: entity.name }} />
          <EntityGateCard entity={{ id: entity.id, kind, name: entity.name }} />
          <EntityCategoryCard entity={{ id: entity.id, kind, name: entity.name }} />
          {kind === "MODEL" ? <EntityMlTestScore entityId={entity.id} name={entity.name} /> : null}
          <EntityDetails
            entity={entity}
            editHref={editable ? `${entityHref(kind, entity.name)}/edit` : null}
            editRefusal={
              editable || entity.archivedAt
                ? null
                : onlyWhoCan("catalog:write", entity.team?.name ?? null, "edit this entity")
            }
          />
          <EntityLinks links={entity.links} tags={entity.tags} />
        </div>
      </div>
    </>
  );
}
