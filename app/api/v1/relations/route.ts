// GET    /api/v1/relations?entity=model:ctr-v3&limit=&cursor=   relations touching an entity (or all)
// POST   /api/v1/relations  { "from": "feature:clicks-7d", "to": "model:ctr-v3" }   data-flow order
// DELETE /api/v1/relations  { "from": …, "to": … }   archives it
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, parseOrThrow, readJson } from "@/lib/server/api/api-route";
import { archiveRelation } from "@/lib/server/catalog/archive-relation";
import { createRelation } from "@/lib/server/catalog/create-relation";
import { listRelationsApi, listRelationsQuery } from "@/lib/server/catalog/list-relations-api";

export const GET = apiRoute(async (request) => {
  const query = parseOrThrow(listRelationsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listRelationsApi(query));
});

export const POST = apiRoute(async (request, _context, principal) => {
  return NextResponse.json(await runAuthorized(createRelation, await readJson(request), principal), { status: 201 });
});

export const DELETE = apiRoute(async (request, _context, principal) => {
  return NextResponse.json(await runAuthorized(archiveRelation, await readJson(request), principal));
});
