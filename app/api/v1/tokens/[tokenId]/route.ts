// DELETE /api/v1/tokens/{id} — revoke a token: your own personal token (token:own scope), a
// team's (token:manage, maintainers), or any (admins). Tokens are created only in the app, by a
// signed-in person: a leaked token must not be able to mint longer-lived ones.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { revokePersonalToken } from "@/lib/server/tokens/revoke-personal-token";
import { revokeTeamToken } from "@/lib/server/tokens/revoke-team-token";
import { apiRoute } from "@/lib/server/api/api-route";
import { db } from "@/lib/server/db/client";

export const DELETE = apiRoute<RouteContext<"/api/v1/tokens/[tokenId]">>(async (_request, { params }, principal) => {
  const { tokenId } = await params;
  const token = await db().apiToken.findUnique({ where: { id: tokenId }, select: { teamId: true } });
  const definition = token?.teamId ? revokeTeamToken : revokePersonalToken;
  return NextResponse.json(await runAuthorized(definition, { tokenId }, principal));
});
