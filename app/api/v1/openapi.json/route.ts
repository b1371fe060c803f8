// GET /api/v1/openapi.json — public (describes the API; holds no data).
import { NextResponse } from "next/server";
import { catalogOpenApi } from "@/lib/server/catalog/openapi";

export function GET() {
  return NextResponse.json(catalogOpenApi());
}
