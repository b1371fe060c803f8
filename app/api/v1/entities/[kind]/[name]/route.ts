// GET    /api/v1/entities/{kind}/{name}            kind: models | features | data-sources | consumers
// PUT    /api/v1/entities/{kind}/{name}  { version, ...fields }   409 when version is stale; fields
//                                          left out keep their stored values (a partial update)
// DELETE /api/v1/entities/{kind}/{name}?version=N  archives (never deletes); ?restore=true brings it back
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { entityKeyOf } from "@/lib/server/api/entity-key";
import { archiveEntity } from "@/lib/server/catalog/archive-entity";
import { mergeUpdate } from "@/lib/domain/catalog-yaml/merge-update";
import { DRAFT_SELECT, toDraft } from "@/lib/server/catalog/entity-draft";
import { toApiEntity } from "@/lib/server/catalog/list-entities-api";
import { updateEntity } from "@/lib/server/catalog/update-entity";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

type Context = RouteContext<"/api/v1/entities/[kind]/[name]">;

async function key(context: Context) {
  return entityKeyOf(await context.params);
}

export const GET = apiRoute<Context>(async (_request, context) => {
  const k = await key(context);
  const entity = await db().entity.findUnique({ where: { kind_name: k }, select: DRAFT_SELECT });
  if (!entity) throw new NotFoundError(`${k.kind.toLowerCase()} ${k.name}`);
  return NextResponse.json(toApiEntity(entity));
});

export const PUT = apiRoute<Context>(async (request, context, principal) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  const k = await key(context);
  // The stored draft under the body, so omitted fields keep their values rather than the schema's
  // defaults; the version in the body still decides whether this is a stale save (409).
  const stored = await db().entity.findUnique({ where: { kind_name: k }, select: DRAFT_SELECT });
  if (!stored) throw new NotFoundError(`${k.kind.toLowerCase()} ${k.name}`);
  const input = { ...mergeUpdate(toDraft(stored), body), ...k };
  return NextResponse.json(await runAuthorized(updateEntity, input, principal));
});

export const DELETE = apiRoute<Context>(async (request, context, principal) => {
  const search = new URL(request.url).searchParams;
  const input = { ...(await key(context)), version: search.get("version"), restore: search.get("restore") === "true" };
  return NextResponse.json(await runAuthorized(archiveEntity, input, principal));
});
