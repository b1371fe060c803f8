// GET  /api/v1/teams?archived=true    every team (a few hundred at most: no pagination needed)
// POST /api/v1/teams  { slug, name, description? }   organisation admins
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { createTeam } from "@/lib/server/teams/create-team";
import { db } from "@/lib/server/db/client";

export const GET = apiRoute(async (request) => {
  const archived = new URL(request.url).searchParams.get("archived") === "true";
  const teams = await db().team.findMany({
    where: archived ? {} : { archivedAt: null },
    orderBy: { slug: "asc" },
    select: { slug: true, name: true, description: true, archivedAt: true },
  });
  return NextResponse.json({ items: teams.map(({ archivedAt, ...t }) => ({ ...t, archived: archivedAt !== null })) });
});

export const POST = apiRoute(async (request, _context, principal) => {
  return NextResponse.json(await runAuthorized(createTeam, await readJson(request), principal), { status: 201 });
});
