// One action item: what, whose, when, how big, what it links to, its status (changeable by the
// team's maintainers) and, once done, whether an assessment has confirmed it.
import Link from "next/link";
import { NotAllowed } from "@/components/ui/not-allowed";
import { onlyWhoCan } from "@/lib/domain/auth/reasons";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Pencil } from "lucide-react";
import { can } from "@/lib/domain/auth/permissions";
import { isActive } from "@/lib/domain/action-items/status";
import { formatDate } from "@/lib/domain/format/date";
import { formatDays } from "@/lib/domain/format/number";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { getActionItem } from "@/lib/server/action-items/get-action-item";
import { PageHeader } from "@/components/shell/page-header";
import { secondaryButton } from "@/components/ui/controls";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { DueDate, StatusBadge, VerificationNote } from "./action-item-bits";
import { StatusForm } from "./status-form";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-3 py-2 text-[13px]">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 text-foreground">{children}</dd>
    </div>
  );
}

export async function ActionItemDetail({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await connection();
  const [item, principal] = await Promise.all([getActionItem({ id }), getSessionPrincipal()]);
  if (!item) notFound();
  const mayEdit = can(principal, "action-item:write", { teamId: item.teamId });
  const now = new Date();
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Action items", href: "/action-items" },
          { label: item.team.name, href: `/action-items?team=${encodeURIComponent(item.team.slug)}` },
          { label: "Item" },
        ]}
        title={<span className="break-words">{item.title}</span>}
        meta={
          <>
            <StatusBadge status={item.status} />
            <VerificationNote verification={item.verification} />
          </>
        }
        actions={
          mayEdit ? (
            <Link href={`/action-items/${item.id}/edit`} className={secondaryButton}>
              <Pencil aria-hidden className="size-3.5" />
              Edit
            </Link>
          ) : (
            <NotAllowed reason={onlyWhoCan("action-item:write", item.team.name, "edit this action item")}>
              <Pencil aria-hidden className="size-3.5" />
              Edit
            </NotAllowed>
          )
        }
      />
      <div className="grid max-w-5xl gap-5 lg:grid-cols-[minmax(0,1fr)_320px]">
        <Card>
          <CardHeader title="Details" />
          <CardBody>
            {item.description ? (
              <p className="mb-3 text-[13px] whitespace-pre-line text-foreground">{item.description}</p>
            ) : null}
            <dl className="divide-y divide-border">
              <Row label="Team">
                <TeamLink team={item.team} />
              </Row>
              <Row label="Owner">{item.owner?.name ?? <span className="text-subtle italic">Unassigned</span>}</Row>
              <Row label="Due">
                <DueDate date={item.dueDate} now={now} active={isActive(item.status)} />
              </Row>
              <Row label="Estimate">{formatDays(item.estimateDays)}</Row>
              <Row label="Entity">
                {item.entity ? (
                  <EntityLink kind={item.entity.kind} name={item.entity.name} />
                ) : (
                  <span className="text-subtle">None</span>
                )}
              </Row>
              {item.checklistItem ? <Row label="Checklist item">{item.checklistItem.question}</Row> : null}
              {item.signal ? (
                <Row label="Finding">
                  <Link
                    href={`/findings?team=${encodeURIComponent(item.team.slug)}&status=all`}
                    className="hover:text-accent hover:underline"
                  >
                    {item.signal.title}
                  </Link>
                </Row>
              ) : null}
              {item.review ? <Row label="Review">{item.review.title}</Row> : null}
              {item.status === "WONT_DO" ? <Row label="Why not">{item.wontDoReason}</Row> : null}
              {item.completedAt ? <Row label="Completed">{formatDate(item.completedAt)}</Row> : null}
              <Row label="Created">{formatDate(item.createdAt)}</Row>
            </dl>
            {item.verification === "awaiting-reassessment" ? (
              <p className="mt-3 rounded-lg bg-warning-soft px-3 py-2 text-[13px] text-warning">
                Done, awaiting re-assessment: the entity&apos;s latest assessment does not yet answer the linked
                checklist item as pass, so its principal is unchanged.
              </p>
            ) : null}
          </CardBody>
        </Card>
        {mayEdit ? (
          <Card>
            <CardHeader title="Status" />
            <CardBody>
              <StatusForm id={item.id} version={item.version} status={item.status} reason={item.wontDoReason} />
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}

export function ActionItemDetailSkeleton() {
  return (
    <div className="space-y-5">
      <Skeleton className="h-10 w-2/3" />
      <Skeleton className="h-72 w-full max-w-5xl" />
    </div>
  );
}
