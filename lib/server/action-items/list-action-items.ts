// Action items under the list's URL filters (team, owner, status, overdue), one page or all of
// them (the CSV), each with its team, owner, links and, for done items linked to a checklist
// item, whether the entity's latest assessment confirms it ("verified") or not yet.
import "server-only";
import { statusesOf, type ActionItemFilters } from "@/lib/domain/action-items/filters";
import { verificationOf, type Verification } from "@/lib/domain/action-items/status";
import type { EntityKind } from "@/lib/domain/kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";

export interface ListActionItemsOptions {
  filters: Omit<ActionItemFilters, "page"> & { page?: number };
  /** The viewer's id, for owner=me. */
  viewerId?: string | null;
  /** Rows per page; omit for every matching row (the CSV). */
  pageSize?: number;
  now?: Date;
}

export const ACTION_ITEM_SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  wontDoReason: true,
  dueDate: true,
  estimateDays: true,
  createdAt: true,
  completedAt: true,
  version: true,
  teamId: true,
  entityId: true,
  checklistItemId: true,
  signalId: true,
  reviewId: true,
  ownerId: true,
  team: { select: { slug: true, name: true } },
  owner: { select: { name: true, email: true } },
  entity: { select: { kind: true, name: true } },
  checklistItem: { select: { key: true, question: true } },
  signal: { select: { title: true, status: true } },
  review: { select: { title: true } },
} as const satisfies Prisma.ActionItemSelect;

type Selected = Prisma.ActionItemGetPayload<{ select: typeof ACTION_ITEM_SELECT }>;
export type ActionItemListRow = Omit<Selected, "entity"> & {
  entity: { kind: EntityKind; name: string } | null;
  verification: Verification;
};

export function actionItemWhere(
  options: Pick<ListActionItemsOptions, "filters" | "viewerId" | "now">,
): Prisma.ActionItemWhereInput {
  const f = options.filters;
  const now = options.now ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const statuses = statusesOf(f.status);
  const owner = f.owner === "me" ? (options.viewerId ?? "\u0000nobody") : f.owner;
  return {
    status: { in: f.overdue ? statuses.filter((s) => s === "OPEN" || s === "IN_PROGRESS") : statuses },
    ...(f.team ? { team: { slug: f.team } } : {}),
    ...(owner === "none" ? { ownerId: null } : owner ? { ownerId: owner } : {}),
    ...(f.overdue ? { dueDate: { lt: today } } : {}),
  };
}

/** Latest submitted DEBT answer, per done item, to the linked checklist item's key (any version). */
async function latestAnswers(ids: string[]): Promise<Map<string, "PASS" | "PARTIAL" | "FAIL" | "NA" | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; value: "PASS" | "PARTIAL" | "FAIL" | "NA" | null }[]>(Prisma.sql`
    SELECT ai."id", ans."value"::text AS "value"
    FROM "ActionItem" ai
    JOIN "ChecklistItem" ci ON ci."id" = ai."checklistItemId"
    LEFT JOIN LATERAL (
      SELECT a."id" FROM "Assessment" a
      WHERE a."entityId" = ai."entityId" AND a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
      ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
      LIMIT 1
    ) la ON true
    LEFT JOIN LATERAL (
      SELECT x."value" FROM "Answer" x JOIN "ChecklistItem" xi ON xi."id" = x."itemId"
      WHERE x."assessmentId" = la."id" AND xi."key" = ci."key"
      LIMIT 1
    ) ans ON true
    WHERE ai."id" IN (${Prisma.join(ids)})`);
  return new Map(rows.map((r) => [r.id, r.value]));
}

export async function withVerification(rows: Selected[]): Promise<ActionItemListRow[]> {
  const answers = await latestAnswers(rows.filter((r) => verificationOf(r, null) !== null).map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    entity: r.entity as ActionItemListRow["entity"],
    verification: verificationOf(r, answers.get(r.id) ?? null),
  }));
}

export async function listActionItems(
  options: ListActionItemsOptions,
): Promise<{ rows: ActionItemListRow[]; total: number }> {
  const where = actionItemWhere(options);
  const page = options.filters.page ?? 1;
  const [rows, total] = await Promise.all([
    db().actionItem.findMany({
      where,
      // Still-to-do first by due date (undated last), then the most recently finished.
      orderBy: [
        { dueDate: { sort: "asc", nulls: "last" } },
        { completedAt: { sort: "desc", nulls: "first" } },
        { createdAt: "desc" },
        { id: "asc" },
      ],
      ...(options.pageSize ? { skip: (page - 1) * options.pageSize, take: options.pageSize } : {}),
      select: ACTION_ITEM_SELECT,
    }),
    db().actionItem.count({ where }),
  ]);
  return { rows: await withVerification(rows), total };
}
