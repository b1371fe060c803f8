// GET /api/v1/teams/{slug}/scorecard — a team's scorecard (any valid token).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { decodeSegment } from "@/lib/domain/format/labels";
import { getScorecard } from "@/lib/server/scorecards/get-scorecard";

type Context = RouteContext<"/api/v1/teams/[team]/scorecard">;

export const GET = apiRoute<Context>(async (_request, { params }) =>
  NextResponse.json(await getScorecard({ team: decodeSegment((await params).team) })),
);
