// The API's view of action items: the JSON shape of one item, and the list's query (the same
// filters as the page's URL, plus a page size).
import "server-only";
import { z } from "zod";
import { parseActionItemFilters } from "@/lib/domain/action-items/filters";
import type { ActionItemListRow } from "@/lib/server/action-items/list-action-items";

export function toApiActionItem(r: ActionItemListRow) {
  return {
    id: r.id,
    version: r.version,
    teamId: r.teamId,
    team: r.team.slug,
    title: r.title,
    description: r.description,
    status: r.status,
    wontDoReason: r.wontDoReason,
    ownerId: r.ownerId,
    owner: r.owner ? { name: r.owner.name, email: r.owner.email } : null,
    dueDate: r.dueDate ? r.dueDate.toISOString().slice(0, 10) : null,
    estimateDays: r.estimateDays,
    entityId: r.entityId,
    entity: r.entity ? { kind: r.entity.kind, name: r.entity.name } : null,
    checklistItemId: r.checklistItemId,
    signalId: r.signalId,
    reviewId: r.reviewId,
    createdAt: r.createdAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
    /** Done items linked to a checklist item: "verified" once the latest assessment answers it pass. */
    verification: r.verification,
  };
}

export const listActionItemsQuery = z.record(z.string(), z.string()).transform((q) => ({
  filters: parseActionItemFilters(q),
  limit: Math.min(200, Math.max(1, Number.parseInt(q.limit ?? "", 10) || 50)),
}));
