// PUT /api/v1/users/{id or email}/org-role  {"orgRole": "ADMIN" | "MEMBER"} — organisation admins
// (a token with the org:admin scope). Same definition, checks and audit entry as the members page.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { resolveUserId } from "@/lib/server/api/resolve";

export const PUT = apiRoute<RouteContext<"/api/v1/users/[userId]/org-role">>(async (request, { params }, principal) => {
  const { userId } = await params;
  const body = (await readJson(request)) as Record<string, unknown>;
  const result = await runAuthorized(setOrgRole, { ...body, userId: await resolveUserId(userId) }, principal);
  return NextResponse.json(result);
});
