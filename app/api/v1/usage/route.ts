// POST /api/v1/usage  { events: [{ caller, model, at?, count? }] }   up to 1,000 per request
// Records observed reads of model outputs; unknown callers become undeclared consumers.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { recordUsage } from "@/lib/server/catalog/record-usage";

export const POST = apiRoute(async (request, _context, principal) => {
  return NextResponse.json(await runAuthorized(recordUsage, await readJson(request), principal), { status: 201 });
});
