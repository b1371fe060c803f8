// GET /api/v1/reviews/{id} — one review as its page shows it: the agenda sections, baseline, notes
// and action items (from the frozen snapshot once closed). A team token reads its own team's only.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { getReadableReview, reviewJson } from "@/lib/server/reviews/api";

type Context = RouteContext<"/api/v1/reviews/[id]">;

export const GET = apiRoute<Context>(async (_request, { params }, principal) =>
  NextResponse.json(reviewJson(await getReadableReview((await params).id, principal))),
);
