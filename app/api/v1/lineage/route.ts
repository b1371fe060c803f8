// POST /api/v1/lineage   an OpenLineage RunEvent (what the openlineage-python HTTP transport and
// Marquez's clients send), or a JSON list of them (up to 500). Records jobs, datasets and their
// links as observed lineage (lib/server/catalog/record-lineage.ts); 200 with the report of what
// was created, updated, left unchanged and skipped (and why). 400 names the bad field.
import { NextResponse } from "next/server";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { recordLineage } from "@/lib/server/catalog/record-lineage";

export const POST = apiRoute(async (request, _context, principal) => {
  const body = await readJson(request, { array: true });
  const events = Array.isArray(body) ? body : [body];
  return NextResponse.json(await runAuthorized(recordLineage, { events }, principal));
});
