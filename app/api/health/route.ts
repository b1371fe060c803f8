// Liveness: the process serves HTTP. No database call, so a database outage does not get every
// instance restarted; readiness (./ready) says whether to send it traffic.
import { connection, NextResponse } from "next/server";

export async function GET() {
  await connection();
  return NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
