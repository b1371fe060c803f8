// GET  /api/v1/entities?kind=&team=&lifecycle=&q=&limit=&cursor=   (cursor pagination)
// POST /api/v1/entities   { kind, name, team, lifecycle, ..., model | feature | dataSource | consumer }
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, parseOrThrow, readJson } from "@/lib/server/api/api-route";
import { createEntity } from "@/lib/server/catalog/create-entity";
import { listEntitiesApi, listEntitiesQuery } from "@/lib/server/catalog/list-entities-api";

export const GET = apiRoute(async (request) => {
  const query = parseOrThrow(listEntitiesQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listEntitiesApi(query));
});

export const POST = apiRoute(async (request, _context, principal) => {
  return NextResponse.json(await runAuthorized(createEntity, await readJson(request), principal), { status: 201 });
});
