// GET /api/v1/findings?kind=feedback-loop&team=<slug>|mine|all|none&status=open|accepted|resolved|all&page=&limit=
// The /findings page's list and filters (its parser and its read); no team means the caller's own
// teams (a team token's: its team), else every team. Reading is open to any valid token.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { findingsQueryOf, toApiFindingRow } from "@/lib/server/findings/api";
import { kindParam } from "@/lib/server/findings/findings-params";
import { listFindings } from "@/lib/server/findings/list-findings";

export const GET = apiRoute(async (request, _context, principal) => {
  const { params, scope, limit } = await findingsQueryOf(new URL(request.url), Object.keys(principal.teamRoles));
  const { rows, total, counts } = await listFindings(params, limit, scope);
  return NextResponse.json({
    items: rows.map(toApiFindingRow),
    total,
    page: params.page,
    limit,
    filters: {
      kind: params.kind ? kindParam(params.kind) : null,
      team: params.team,
      status: params.status ? params.status.toLowerCase() : "all",
    },
    /** Findings per kind under the same team and status filters (the page's kind tabs). */
    countsByKind: counts,
  });
});
