// GET /api/v1/connector-runs[?connector=dbt&page=2]   connector and import runs, newest first,
// with outcome and counts (organisation admins: a run may touch every team).
import { NextResponse } from "next/server";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { apiRoute, parseOrThrow } from "@/lib/server/api/api-route";
import { connectorBySlug, CONNECTORS } from "@/lib/server/connectors/registry";
import { listImportRuns } from "@/lib/server/connectors/list-import-runs";
import { RefusedError } from "@/lib/server/errors";

const query = z.object({
  connector: z
    .enum(CONNECTORS.map((c) => c.slug) as [string, ...string[]], {
      message: `Use one of: ${CONNECTORS.map((c) => c.slug).join(", ")}.`,
    })
    .optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const GET = apiRoute(async (request, _context, principal) => {
  if (!can(principal, "org:admin", { teamId: null }))
    throw new RefusedError("Only organisation admins may read connector runs (a token needs the org:admin scope).");
  const params = parseOrThrow(query, Object.fromEntries(new URL(request.url).searchParams));
  const connector = params.connector ? connectorBySlug(params.connector)?.kind : undefined;
  const result = await listImportRuns({ connector, page: params.page });
  return NextResponse.json(result);
});
