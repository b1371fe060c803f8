// GET   /api/v1/action-items/{id}
// PATCH /api/v1/action-items/{id}  { version, ...fields }  or  { version, status, reason? }
//   Fields (title, description, ownerId, dueDate, estimateDays, entityId, checklistItemId,
//   signalId, reviewId) go through the edit form's definition, unsent ones kept; a status goes
//   through the status definition (won't do needs a reason). One or the other per request, so a
//   refused half never leaves the other applied. 409 when version is stale.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { toApiActionItem } from "@/lib/server/action-items/api";
import { setActionItemStatus } from "@/lib/server/action-items/set-action-item-status";
import { updateActionItem } from "@/lib/server/action-items/update-action-item";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { decodeSegment } from "@/lib/domain/format/labels";
import { AppError, NotFoundError } from "@/lib/server/errors";
import { getActionItem } from "@/lib/server/action-items/get-action-item";

type Context = RouteContext<"/api/v1/action-items/[id]">;

const FIELDS = [
  "title",
  "description",
  "ownerId",
  "dueDate",
  "estimateDays",
  "entityId",
  "checklistItemId",
  "signalId",
  "reviewId",
] as const;

async function itemOrThrow(context: Context) {
  const { id } = await context.params;
  const item = await getActionItem({ id: decodeSegment(id) });
  if (!item) throw new NotFoundError("That action item");
  return item;
}

export const GET = apiRoute<Context>(async (_request, context) =>
  NextResponse.json(toApiActionItem(await itemOrThrow(context))),
);

export const PATCH = apiRoute<Context>(async (request, context, principal) => {
  const body = await readJson(request);
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("invalid", "Send a JSON object.");
  const patch = body as Record<string, unknown>;
  const current = toApiActionItem(await itemOrThrow(context));
  const fields = FIELDS.filter((k) => k in patch);
  if ("status" in patch && fields.length > 0)
    throw new AppError("invalid", "Change the status or the fields, not both in one request.");
  if ("status" in patch) {
    await runAuthorized(
      setActionItemStatus,
      { id: current.id, version: patch.version, status: patch.status, reason: patch.reason ?? "" },
      principal,
    );
  } else {
    const merged: Record<string, unknown> = { id: current.id, version: patch.version };
    for (const k of FIELDS) merged[k] = k in patch ? patch[k] : current[k];
    await runAuthorized(updateActionItem, merged, principal);
  }
  return NextResponse.json(toApiActionItem(await itemOrThrow(context)));
});
