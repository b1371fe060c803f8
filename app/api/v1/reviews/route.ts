// GET /api/v1/reviews?team=<slug>|organisation&status=open|closed|all&page=&limit= — planning
// reviews, open ones first then newest. Any valid token; a team token sees its own team's only.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api/api-route";
import { listApiReviews } from "@/lib/server/reviews/api";

export const GET = apiRoute(async (request, _context, principal) =>
  NextResponse.json(await listApiReviews(new URL(request.url), principal)),
);
