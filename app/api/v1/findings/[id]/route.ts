// GET /api/v1/findings/{id} — one finding: its cause (kind, category, evidence), every member,
// its lifecycle (first / last seen, accepted, resolved, the accept / reopen history), the
// checklist items it pre-fills and its action items. Reading is open to any valid token.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { decodeSegment } from "@/lib/domain/format/labels";
import { toApiFinding } from "@/lib/server/findings/api";
import { getFinding } from "@/lib/server/findings/get-finding";
import { NotFoundError } from "@/lib/server/errors";

type Context = RouteContext<"/api/v1/findings/[id]">;

export const GET = apiRoute<Context>(async (_request, { params }) => {
  const finding = await getFinding({ id: decodeSegment((await params).id) });
  if (!finding) throw new NotFoundError("That finding");
  return NextResponse.json(toApiFinding(finding));
});
