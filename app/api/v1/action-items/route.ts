// GET  /api/v1/action-items?team=&owner=&status=active|open|in-progress|done|wont-do|all&overdue=1&page=&limit=
// POST /api/v1/action-items   { teamId, title, description?, ownerId? (default: the caller), dueDate?, estimateDays?, entityId?, checklistItemId?, signalId?, reviewId? }
// The same definitions as the forms (lib/server/action-items); reading is open to any valid token.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { listActionItemsQuery, toApiActionItem } from "@/lib/server/action-items/api";
import { createActionItem } from "@/lib/server/action-items/create-action-item";
import { apiRoute, parseOrThrow, readJson } from "@/lib/server/api/api-route";
import { getActionItem } from "@/lib/server/action-items/get-action-item";
import { listActionItems } from "@/lib/server/action-items/list-action-items";

export const GET = apiRoute(async (request, _context, principal) => {
  const { filters, limit } = parseOrThrow(listActionItemsQuery, Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total } = await listActionItems({ filters, viewerId: principal.userId, pageSize: limit });
  return NextResponse.json({ items: rows.map(toApiActionItem), total, page: filters.page, limit });
});

export const POST = apiRoute(async (request, _context, principal) => {
  const created = await runAuthorized(createActionItem, await readJson(request), principal);
  const item = await getActionItem({ id: created.id });
  return NextResponse.json(item ? toApiActionItem(item) : created, { status: 201 });
});
