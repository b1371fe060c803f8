// POST /api/v1/findings/{id}/reopen — { justification } (10–2000 characters, kept in the audit trail):
// reopen an accepted finding, as the findings page does.
// Needs the signal:triage scope and the finding's team's maintainer role (admins: any finding).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { triageOverApi } from "@/lib/server/findings/api";

type Context = RouteContext<"/api/v1/findings/[id]/reopen">;

export const POST = apiRoute<Context>(async (request, { params }, principal) =>
  NextResponse.json(await triageOverApi("reopen", (await params).id, request, principal)),
);
