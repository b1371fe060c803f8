// GET /api/v1/qualitygates/project_status?projectKey=model:ctr-v3 — the same gate at SonarQube's
// own path and parameter, so a pipeline step written for SonarQube needs only a new base URL.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { parseEntityRef } from "@/lib/domain/catalog-yaml/refs";
import { AppError } from "@/lib/server/errors";
import { getQualityGate } from "@/lib/server/gates/get-quality-gate";

export const GET = apiRoute(async (request) => {
  const projectKey = new URL(request.url).searchParams.get("projectKey") ?? "";
  const ref = parseEntityRef(projectKey, "MODEL");
  if (typeof ref === "string" || projectKey.trim() === "")
    throw new AppError(
      "invalid",
      `projectKey: ${projectKey ? ref : "missing"}; name an entity as kind:name, e.g. projectKey=model:ctr-v3.`,
    );
  return NextResponse.json(await getQualityGate(ref));
});
