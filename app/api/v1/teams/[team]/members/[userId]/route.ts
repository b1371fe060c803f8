// PUT    /api/v1/teams/{id or slug}/members/{id or email}  {"role": "MAINTAINER" | "MEMBER"}
// DELETE /api/v1/teams/{id or slug}/members/{id or email}
// Organisation admins (org:admin scope). Same definition, checks and audit entry as the members page.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { setTeamRole } from "@/lib/server/members/set-team-role";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { resolveTeamId, resolveUserId } from "@/lib/server/api/resolve";

type Context = RouteContext<"/api/v1/teams/[team]/members/[userId]">;

export const PUT = apiRoute<Context>(async (request, { params }, principal) => {
  const { team, userId } = await params;
  const body = (await readJson(request)) as Record<string, unknown>;
  const input = { role: body.role, teamId: await resolveTeamId(team), userId: await resolveUserId(userId) };
  return NextResponse.json(await runAuthorized(setTeamRole, input, principal));
});

export const DELETE = apiRoute<Context>(async (_request, { params }, principal) => {
  const { team, userId } = await params;
  const input = { role: "NONE", teamId: await resolveTeamId(team), userId: await resolveUserId(userId) };
  return NextResponse.json(await runAuthorized(setTeamRole, input, principal));
});
