// GET /api/v1/trends?scope=org|team:<slug>&range=3m|6m|12m|24m&grain=week|month — debt ratio,
// rating, coverage and principal over time with the timeline's events, as /trends charts them.
// Reading is open to any valid token.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { getApiTrend } from "@/lib/server/trends/api";

export const GET = apiRoute(async (request) => NextResponse.json(await getApiTrend(new URL(request.url))));
