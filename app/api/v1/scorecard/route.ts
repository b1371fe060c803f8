// GET /api/v1/scorecard — the organisation's scorecard (any valid token).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { getScorecard } from "@/lib/server/scorecards/get-scorecard";

export const GET = apiRoute(async () => NextResponse.json(await getScorecard({ org: true })));
