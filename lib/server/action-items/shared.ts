// What every action-item change shares: the stored item's team (never the form's), the owner and
// link checks, the optimistic-concurrency refusal, and the audit snapshot.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/server/db/client";
import { InvalidInputError, NotFoundError, StaleVersionError } from "@/lib/server/errors";

export const ITEM_COLUMNS = {
  id: true,
  teamId: true,
  title: true,
  description: true,
  ownerId: true,
  dueDate: true,
  status: true,
  wontDoReason: true,
  estimateDays: true,
  entityId: true,
  checklistItemId: true,
  signalId: true,
  reviewId: true,
  version: true,
  completedAt: true,
  updatedAt: true,
} as const satisfies Prisma.ActionItemSelect;

export type StoredActionItem = Prisma.ActionItemGetPayload<{ select: typeof ITEM_COLUMNS }>;

/** What a change returns to forms and the API. */
export interface ActionItemResult {
  id: string;
  teamId: string;
  title: string;
  status: StoredActionItem["status"];
  version: number;
  changed: boolean;
}

export function resultOf(item: StoredActionItem, changed: boolean): ActionItemResult {
  return { id: item.id, teamId: item.teamId, title: item.title, status: item.status, version: item.version, changed };
}

/** The team that owns a stored item (for `teamOf`); an unknown id is reported as not found. */
export async function teamOfActionItem(input: { id: string }): Promise<string> {
  const item = await db().actionItem.findUnique({ where: { id: input.id }, select: { teamId: true } });
  if (!item) throw new NotFoundError("That action item");
  return item.teamId;
}

/**
 * Locks the row for the rest of the transaction (two saves are ordered) and checks the version
 * the form started from: a stale one is refused with who saved last and when.
 */
export async function lockAtVersion(tx: Tx, input: { id: string; version: number }): Promise<StoredActionItem> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ActionItem" WHERE "id" = ${input.id} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("That action item");
  const stored = await tx.actionItem.findUniqueOrThrow({ where: { id: input.id }, select: ITEM_COLUMNS });
  if (stored.version !== input.version) throw await staleVersion(tx, stored);
  return stored;
}

/** The refusal of a stale save: who saved last (from the audit trail) and when. */
async function staleVersion(tx: Tx, item: StoredActionItem): Promise<StaleVersionError> {
  const last = await tx.auditEvent.findFirst({
    where: { targetType: "ActionItem", targetId: item.id },
    orderBy: { at: "desc" },
    select: { actor: { select: { name: true } }, tokenId: true },
  });
  const who = last?.actor?.name ?? null;
  const when = item.updatedAt.toISOString().replace("T", " ").slice(0, 16);
  return new StaleVersionError(
    `“${item.title}” was changed by ${who ?? (last?.tokenId ? "an API token" : "someone else")} at ${when} ` +
      `UTC while you were editing. Your changes are still in the form: check theirs, then save again.`,
    who,
    item.updatedAt,
  );
}

const problem = (field: string, message: string) =>
  new InvalidInputError("Some fields need attention.", { [field]: [message] });

/** The team must exist and be active (checked on create; an item never moves team). */
export async function checkTeam(tx: Tx, teamId: string): Promise<void> {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { archivedAt: true } });
  if (!team || team.archivedAt) throw problem("teamId", "There is no such team.");
}

/** An owner must be an active member of the item's team, or an organisation admin. */
export async function checkOwner(tx: Tx, teamId: string, ownerId: string | null): Promise<void> {
  if (ownerId === null) return;
  const user = await tx.user.findUnique({
    where: { id: ownerId },
    select: { orgRole: true, deactivatedAt: true, memberships: { where: { teamId }, select: { role: true } } },
  });
  if (!user || user.deactivatedAt) throw problem("ownerId", "There is no such person.");
  if (user.orgRole !== "ADMIN" && user.memberships.length === 0)
    throw problem("ownerId", "The owner must be a member of the team.");
}

export interface Links {
  entityId: string | null;
  checklistItemId: string | null;
  signalId: string | null;
  reviewId: string | null;
}

/**
 * Links must exist; the entity, finding and review must be the team's own (or no team's: an
 * orphan entity, an unowned finding, an organisation-wide review); a checklist item must apply to
 * the linked entity's kind.
 */
export async function checkLinks(tx: Tx, teamId: string, links: Links): Promise<void> {
  const [entity, item, signal, review] = await Promise.all([
    links.entityId
      ? tx.entity.findUnique({ where: { id: links.entityId }, select: { teamId: true, kind: true } })
      : null,
    links.checklistItemId
      ? tx.checklistItem.findUnique({ where: { id: links.checklistItemId }, select: { appliesTo: true } })
      : null,
    links.signalId ? tx.signal.findUnique({ where: { id: links.signalId }, select: { teamId: true } }) : null,
    links.reviewId ? tx.review.findUnique({ where: { id: links.reviewId }, select: { teamId: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (links.entityId && !entity) errors.entityId = ["There is no such entity."];
  else if (entity?.teamId && entity.teamId !== teamId) errors.entityId = ["That entity belongs to another team."];
  if (links.checklistItemId && !item) errors.checklistItemId = ["There is no such checklist item."];
  else if (item && entity && !item.appliesTo.includes(entity.kind))
    errors.checklistItemId = ["That checklist item does not apply to the entity."];
  if (links.signalId && !signal) errors.signalId = ["There is no such finding."];
  else if (signal?.teamId && signal.teamId !== teamId) errors.signalId = ["That finding belongs to another team."];
  if (links.reviewId && !review) errors.reviewId = ["There is no such review."];
  else if (review?.teamId && review.teamId !== teamId) errors.reviewId = ["That review is another team's."];
  if (Object.keys(errors).length > 0) throw new InvalidInputError("Some fields need attention.", errors);
}

/** The audited view of an item: plain JSON, dates as days or instants. */
export function auditSnapshot(
  item: Omit<StoredActionItem, "id" | "teamId" | "version" | "updatedAt">,
): Prisma.InputJsonObject {
  return {
    title: item.title,
    description: item.description,
    ownerId: item.ownerId,
    dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : null,
    status: item.status,
    wontDoReason: item.wontDoReason,
    estimateDays: item.estimateDays,
    entityId: item.entityId,
    checklistItemId: item.checklistItemId,
    signalId: item.signalId,
    reviewId: item.reviewId,
    completedAt: item.completedAt?.toISOString() ?? null,
  };
}

export const dayToDate = (day: string | null): Date | null => (day ? new Date(`${day}T00:00:00.000Z`) : null);
