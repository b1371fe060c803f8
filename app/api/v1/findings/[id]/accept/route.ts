// POST /api/v1/findings/{id}/accept — { justification } (10–2000 characters): accept an open finding, as the findings page does.
// Needs the signal:triage scope and the finding's team's maintainer role (admins: any finding).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { triageOverApi } from "@/lib/server/findings/api";

type Context = RouteContext<"/api/v1/findings/[id]/accept">;

export const POST = apiRoute<Context>(async (request, { params }, principal) =>
  NextResponse.json(await triageOverApi("accept", (await params).id, request, principal)),
);
