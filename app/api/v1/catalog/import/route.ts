// POST /api/v1/catalog/import  { files: [{ file, text }], dryRun?, prune?, modelTypes? }
// 200 with the report (what was, or would be, created/changed/archived/skipped); 400 listing
// every problem (file › document › field) when the batch is refused — then nothing is written.
import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/server/api/api-route";
import { assertMayImport, runImport } from "@/lib/server/catalog/import-catalog";

export const POST = apiRoute(async (request, _context, principal) => {
  assertMayImport(principal); // before the body is even read
  const body = (await readJson(request)) as Record<string, unknown>;
  return NextResponse.json(await runImport({ ...body, source: "API" }, principal));
});
