// Action items still to do (OPEN or IN_PROGRESS): overdue and soonest due first, undated last.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { ActionStatus } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";

export interface ListOpenActionItemsOptions {
  teamId?: string;
  limit?: number;
}

export interface ActionItemRow {
  id: string;
  title: string;
  status: ActionStatus;
  dueDate: Date | null;
  estimateDays: number | null;
  team: { slug: string; name: string };
  owner: string | null;
  entity: { kind: EntityKind; name: string } | null;
  review: { title: string } | null;
}

export interface OpenActionItems {
  rows: ActionItemRow[];
  total: number;
}

export async function listOpenActionItems(options: ListOpenActionItemsOptions = {}): Promise<OpenActionItems> {
  const where = {
    status: { in: ["OPEN", "IN_PROGRESS"] as ActionStatus[] },
    ...(options.teamId ? { teamId: options.teamId } : {}),
  };
  const [rows, total] = await Promise.all([
    db().actionItem.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: options.limit ?? 50,
      select: {
        id: true,
        title: true,
        status: true,
        dueDate: true,
        estimateDays: true,
        team: { select: { slug: true, name: true } },
        owner: { select: { name: true } },
        entity: { select: { kind: true, name: true } },
        review: { select: { title: true } },
      },
    }),
    db().actionItem.count({ where }),
  ]);
  return { total, rows: rows.map(({ owner, ...r }) => ({ ...r, owner: owner?.name ?? null })) };
}
