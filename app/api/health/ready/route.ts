// Readiness: 200 when this instance can take traffic (database reachable, migrations current,
// not shutting down), else 503 with which check failed. Public, like liveness: it names no data.
import { connection, NextResponse } from "next/server";
import { checkReadiness } from "@/lib/server/db/check-readiness";
import { db } from "@/lib/server/db/client";

export async function GET() {
  await connection();
  const readiness = await checkReadiness(db());
  return NextResponse.json(
    { status: readiness.ready ? "ready" : "not-ready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
