// GET /api/v1/entities/{kind}/{name}/gate — the CI gate, SonarQube's project_status shape
// (lib/server/gates/get-quality-gate.ts). 200 whatever the verdict: read projectStatus.status.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { entityKeyOf } from "@/lib/server/api/entity-key";
import { getQualityGate } from "@/lib/server/gates/get-quality-gate";

type Context = RouteContext<"/api/v1/entities/[kind]/[name]/gate">;

export const GET = apiRoute<Context>(async (_request, { params }) =>
  NextResponse.json(await getQualityGate(entityKeyOf(await params))),
);
