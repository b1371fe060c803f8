// The create and edit pages' bodies: the form with the team's people and entities, or a word on
// why the viewer cannot change the item.
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { can } from "@/lib/domain/auth/permissions";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { getActionItem } from "@/lib/server/action-items/get-action-item";
import { listActionItemEntities } from "@/lib/server/action-items/list-action-item-entities";
import { listActionItemOwners } from "@/lib/server/action-items/list-action-item-owners";
import { listTeamChoices } from "@/lib/server/teams/list-team-choices";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ActionItemForm, type ActionItemFormValues } from "./action-item-form";
import { firstParam } from "@/lib/domain/url/search-params";

async function choices(teamId: string) {
  const [owners, entities] = await Promise.all([listActionItemOwners({ teamId }), listActionItemEntities({ teamId })]);
  return {
    owners,
    entities: entities.map((e) => ({ id: e.id, label: `${e.name} (${KIND_LABELS[e.kind].one.toLowerCase()})` })),
  };
}

export async function NewActionItemEditor({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  await connection();
  const [teams, principal] = await Promise.all([listTeamChoices(), getSessionPrincipal()]);
  const writable = teams.filter((t) => can(principal, "action-item:write", { teamId: t.id }));
  const slug = firstParam(raw, "team") ?? "";
  const team = writable.find((t) => t.slug === slug) ?? (writable.length === 1 ? writable[0] : undefined);
  if (writable.length === 0) {
    return (
      <Card>
        <CardBody className="pt-5 text-[13px] text-muted">
          Only a team&apos;s maintainers (and admins) create its action items.
        </CardBody>
      </Card>
    );
  }
  if (!team) {
    return (
      <Card>
        <CardHeader title="Which team is it for?" />
        <CardBody>
          <ul className="flex flex-wrap gap-2">
            {writable.map((t) => (
              <li key={t.id}>
                <Link
                  href={`/action-items/new?team=${encodeURIComponent(t.slug)}`}
                  className="inline-flex h-8 items-center rounded-md border border-border px-3 text-[13px] hover:bg-surface-hover"
                >
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>
    );
  }
  const { owners, entities } = await choices(team.id);
  const values: ActionItemFormValues = {
    teamId: team.id,
    title: "",
    description: "",
    ownerId: principal?.userId ?? null,
    dueDate: "",
    estimateDays: null,
    entityId: null,
    checklistItemId: null,
    signalId: null,
    reviewId: null,
  };
  return (
    <Card className="max-w-3xl">
      <CardHeader
        title={team.name}
        description="You own it unless you choose someone else; set a due date if there is one."
      />
      <CardBody>
        <ActionItemForm
          values={values}
          owners={owners}
          entities={entities}
          cancelHref={`/action-items?team=${encodeURIComponent(team.slug)}`}
        />
      </CardBody>
    </Card>
  );
}

export async function EditActionItemEditor({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await connection();
  const [item, principal] = await Promise.all([getActionItem({ id }), getSessionPrincipal()]);
  if (!item) notFound();
  if (!can(principal, "action-item:write", { teamId: item.teamId })) {
    return (
      <Card>
        <CardBody className="pt-5 text-[13px] text-muted">
          Only {item.team.name}&apos;s maintainers (and admins) edit its action items.
        </CardBody>
      </Card>
    );
  }
  const { owners, entities } = await choices(item.teamId);
  const values: ActionItemFormValues = {
    id: item.id,
    version: item.version,
    teamId: item.teamId,
    title: item.title,
    description: item.description,
    ownerId: item.ownerId,
    dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : "",
    estimateDays: item.estimateDays,
    entityId: item.entityId,
    checklistItemId: item.checklistItemId,
    signalId: item.signalId,
    reviewId: item.reviewId,
  };
  // A linked entity of another team (moved since) stays choosable, so saving does not drop it.
  if (item.entity && item.entityId && !entities.some((e) => e.id === item.entityId))
    entities.push({ id: item.entityId, label: item.entity.name });
  return (
    <Card className="max-w-3xl">
      <CardHeader title={item.team.name} description="The status is changed on the item's page." />
      <CardBody>
        <ActionItemForm
          values={values}
          owners={owners}
          entities={entities}
          links={{
            checklistItem: item.checklistItem?.question ?? null,
            signal: item.signal?.title ?? null,
            review: item.review?.title ?? null,
          }}
          cancelHref={`/action-items/${item.id}`}
        />
      </CardBody>
    </Card>
  );
}
