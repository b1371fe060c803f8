// GET    /api/v1/teams/{slug}
// PUT    /api/v1/teams/{slug}  { name?, description? }  its maintainers or admins; omitted fields are kept
// DELETE /api/v1/teams/{slug}[?restore=true]           archives (admins); never deletes
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { decodeSegment } from "@/lib/domain/format/labels";
import { archiveTeam } from "@/lib/server/teams/archive-team";
import { updateTeam } from "@/lib/server/teams/update-team";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

type Context = RouteContext<"/api/v1/teams/[team]">;

export const GET = apiRoute<Context>(async (_request, { params }) => {
  const slug = decodeSegment((await params).team);
  const team = await db().team.findUnique({
    where: { slug },
    select: { slug: true, name: true, description: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError(`Team ${slug}`);
  const { archivedAt, ...rest } = team;
  return NextResponse.json({ ...rest, archived: archivedAt !== null });
});

export const PUT = apiRoute<Context>(async (request, { params }, principal) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  return NextResponse.json(
    await runAuthorized(updateTeam, { ...body, slug: decodeSegment((await params).team) }, principal),
  );
});

export const DELETE = apiRoute<Context>(async (request, { params }, principal) => {
  const restore = new URL(request.url).searchParams.get("restore") === "true";
  return NextResponse.json(
    await runAuthorized(archiveTeam, { slug: decodeSegment((await params).team), restore }, principal),
  );
});
