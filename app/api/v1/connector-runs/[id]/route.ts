// GET /api/v1/connector-runs/<id>   one run's whole report: every change, every skipped item
// with the reason, errors and notes (organisation admins).
import { NextResponse } from "next/server";
import { can } from "@/lib/domain/auth/permissions";
import { apiRoute } from "@/lib/server/api/api-route";
import { getImportRun } from "@/lib/server/connectors/list-import-runs";
import { NotFoundError, RefusedError } from "@/lib/server/errors";

export const GET = apiRoute(async (_request, context: RouteContext<"/api/v1/connector-runs/[id]">, principal) => {
  if (!can(principal, "org:admin", { teamId: null }))
    throw new RefusedError("Only organisation admins may read connector runs (a token needs the org:admin scope).");
  const run = await getImportRun((await context.params).id);
  if (!run) throw new NotFoundError("The run");
  return NextResponse.json(run);
});
