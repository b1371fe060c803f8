// GET /api/v1/teams/{slug}/badge.svg[?type=gate] — the team's pooled debt rating (default) or its
// gate (passing when none of its gated entities fails) as a shields-style SVG. Public only when
// an admin enabled public badges.
import { badgeRoute } from "@/lib/server/gates/badge-response";
import { decodeSegment } from "@/lib/domain/format/labels";
import { getPooledScorecard } from "@/lib/server/scorecards/get-scorecard";
import { gateBadge, ratingBadge } from "@/lib/domain/format/badge-svg";

type Context = RouteContext<"/api/v1/teams/[team]/badge.svg">;

export async function GET(request: Request, context: Context): Promise<Response> {
  const type = new URL(request.url).searchParams.get("type");
  return badgeRoute<Context>(async ({ params }) => {
    const card = await getPooledScorecard({ team: decodeSegment((await params).team) });
    return type === "gate" ? gateBadge(card.gate.status, null, card.gate.failing) : ratingBadge(card.rating);
  })(request, context);
}
