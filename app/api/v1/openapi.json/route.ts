// GET /api/v1/openapi.json — public (describes the API; holds no data).
import { NextResponse } from "next/server";
import { catalogOpenApi } from "@/lib/server/catalog/openapi";

// The same document for every caller and every request: rendered once, at build time.
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(catalogOpenApi());
}
