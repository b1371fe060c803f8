// GET /api/v1/entities/{kind}/{name}/badge.svg[?type=gate] — the entity's debt rating (default)
// or its gate as a shields-style SVG. Public only when an admin enabled public badges.
import { badgeRoute } from "@/lib/server/gates/badge-response";
import { entityKeyOf } from "@/lib/server/api/entity-key";
import { getQualityGate } from "@/lib/server/gates/get-quality-gate";
import { gateBadge, ratingBadge } from "@/lib/domain/format/badge-svg";

type Context = RouteContext<"/api/v1/entities/[kind]/[name]/badge.svg">;

export async function GET(request: Request, context: Context): Promise<Response> {
  const type = new URL(request.url).searchParams.get("type");
  return badgeRoute<Context>(async ({ params }) => {
    const { projectStatus: g } = await getQualityGate(entityKeyOf(await params));
    if (type === "gate")
      return gateBadge(g.status === "OK" ? "PASS" : g.status === "ERROR" ? "FAIL" : "NONE", g.target);
    return ratingBadge(g.rating);
  })(request, context);
}
