// GET /api/v1/me — who a token acts as: handy for scripts checking their token, and for tests.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";

export const GET = apiRoute(async (_request, _context, principal) =>
  NextResponse.json({
    userId: principal.userId,
    name: principal.name,
    orgRole: principal.orgRole,
    teamRoles: principal.teamRoles,
    token: principal.token ? { id: principal.token.id, scopes: principal.token.scopes } : null,
  }),
);
