// GET /api/v1/entities/{kind}/{name}/scorecard — an entity's scorecard (any valid token).
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { entityKeyOf } from "@/lib/server/api/entity-key";
import { getScorecard } from "@/lib/server/scorecards/get-scorecard";

type Context = RouteContext<"/api/v1/entities/[kind]/[name]/scorecard">;

export const GET = apiRoute<Context>(async (_request, { params }) =>
  NextResponse.json(await getScorecard({ entity: entityKeyOf(await params) })),
);
