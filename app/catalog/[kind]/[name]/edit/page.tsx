// /catalog/{kind}/{name}/edit — edit an entity, or archive / restore it.
import type { Metadata } from "next";
import { Suspense } from "react";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { ShieldAlert } from "lucide-react";
import { ArchiveEntityForm } from "@/components/catalog/archive-entity-form";
import { EntityForm } from "@/components/catalog/entity-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CardSkeleton } from "@/components/ui/skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/domain/auth/permissions";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { decodeSegment, entityHref } from "@/lib/domain/format/labels";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { getEntityForm } from "@/lib/server/catalog/get-entity-form";
import { listWritableTeams } from "@/lib/server/teams/list-writable-teams";
import { entityRoute } from "@/components/entity/entity-route";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]/edit">): Promise<Metadata> {
  return { title: `Edit ${decodeSegment((await params).name)}` };
}

export default function EditEntityPage({ params }: PageProps<"/catalog/[kind]/[name]/edit">) {
  return (
    <Suspense fallback={<CardSkeleton title="Edit" rows={8} />}>
      <EditEntity params={params} />
    </Suspense>
  );
}

async function EditEntity({ params }: { params: Promise<{ kind: string; name: string }> }) {
  const { kind, name } = await entityRoute(params);
  await connection();
  const [entity, principal] = await Promise.all([getEntityForm({ kind, name }), getSessionPrincipal()]);
  if (!entity) notFound();
  const label = KIND_LABELS[kind];
  const href = entityHref(kind, name);
  const allowed = can(principal, "catalog:write", { teamId: entity.teamId });
  const teams = allowed ? await listWritableTeams({ principal }) : [];
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: label.many, href: catalogHref({ kind }) },
          { label: name, href },
          { label: "Edit" },
        ]}
        title={<span className="font-mono text-[22px] tracking-tight">Edit {name}</span>}
      />
      {!allowed ? (
        <Card className="max-w-4xl">
          <EmptyState
            icon={ShieldAlert}
            title="You cannot edit this entity"
            description="Only maintainers of its team (and admins) may change it."
          />
        </Card>
      ) : (
        <div className="max-w-4xl space-y-5">
          <Card>
            <CardBody className="pt-5">
              <EntityForm kind={kind} version={entity.version} values={entity.values} teams={teams} cancelHref={href} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title={entity.archived ? "Restore" : "Archive"}
              description={
                entity.archived
                  ? "Bring it back into the catalogue, its lineage and scores."
                  : "Archiving hides it from lists and lineage analysis. Nothing is deleted: assessments, findings and history stay, and it can be restored."
              }
            />
            <CardBody>
              <ArchiveEntityForm kind={kind} name={name} version={entity.version} archived={entity.archived} />
            </CardBody>
          </Card>
        </div>
      )}
    </>
  );
}
