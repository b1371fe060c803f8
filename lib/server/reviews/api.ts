// The API's view of planning reviews: the list's query and JSON, and who may read one. People
// (and their personal tokens) read every review, as on the pages; a team token, with no person
// behind it, reads its own team's reviews only (another team's, or an organisation-wide one, is 403).
import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/domain/auth/permissions";
import { teamTokenTeamId } from "@/lib/domain/auth/token-policy";
import { decodeSegment } from "@/lib/domain/format/labels";
import type { ReviewView } from "@/lib/domain/review/view";
import { limitQuery, pageOf, pageQuery } from "@/lib/server/api/query-params";
import { parseOrThrow } from "@/lib/server/api/api-route";
import { db } from "@/lib/server/db/client";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { getReview } from "./get-review";
import { countReviews, listReviews, type ReviewRow } from "./list-reviews";

export const REVIEWS_API_MAX_LIMIT = 200;
export const REVIEW_STATUS_PARAMS = ["open", "closed", "all"] as const;
const ORGANISATION = "organisation";

export const listReviewsQuery = z.object({
  team: z.string().trim().min(1, `must name a team slug or ${ORGANISATION}`).max(100).optional(),
  status: z.enum(REVIEW_STATUS_PARAMS, `must be one of ${REVIEW_STATUS_PARAMS.join(", ")}`).optional(),
  page: pageQuery,
  limit: limitQuery(REVIEWS_API_MAX_LIMIT),
});

const TEAM_TOKEN_ONLY = "A team token reads its own team's reviews only.";

const links = (id: string) => ({
  page: `/review/${encodeURIComponent(id)}`,
  markdown: `/api/v1/reviews/${encodeURIComponent(id)}/markdown`,
});

function rowJson(r: ReviewRow) {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    team: r.team?.slug ?? null,
    periodStart: r.periodStart.toISOString(),
    periodEnd: r.periodEnd.toISOString(),
    startedAt: r.startedAt.toISOString(),
    startedBy: r.startedBy,
    closedAt: r.closedAt?.toISOString() ?? null,
    actionItems: r.actionItems,
    links: links(r.id),
  };
}

/** GET /reviews: ?team=<slug>|organisation&status=open|closed|all&page=&limit= */
export async function listApiReviews(url: URL, principal: Principal) {
  const q = parseOrThrow(listReviewsQuery, Object.fromEntries(url.searchParams));
  const own = teamTokenTeamId(principal);
  let teamId: string | null | undefined = own ?? undefined;
  if (q.team === ORGANISATION) {
    if (own) throw new ForbiddenError(TEAM_TOKEN_ONLY);
    teamId = null;
  } else if (q.team) {
    const team = await db().team.findUnique({ where: { slug: q.team }, select: { id: true } });
    if (!team) throw new AppError("invalid", `team: no team has the slug "${q.team}" (or use ${ORGANISATION}).`);
    if (own && team.id !== own) throw new ForbiddenError(TEAM_TOKEN_ONLY);
    teamId = team.id;
  }
  const status = q.status === "open" ? "OPEN" : q.status === "closed" ? "CLOSED" : undefined;
  const { page, limit } = pageOf(q);
  const [rows, total] = await Promise.all([
    listReviews({ teamId, status, page, limit }),
    countReviews({ teamId, status }),
  ]);
  return { items: rows.map(rowJson), total, page, limit };
}

/** One review as its page shows it (the frozen snapshot once closed), for a caller who may read it. */
export async function getReadableReview(rawId: string, principal: Principal): Promise<ReviewView> {
  const review = await getReview({ id: decodeSegment(rawId) });
  if (!review) throw new NotFoundError("That review");
  const own = teamTokenTeamId(principal);
  if (own && review.teamId !== own) throw new ForbiddenError(TEAM_TOKEN_ONLY);
  return review;
}

export function reviewJson(review: ReviewView) {
  return { ...review, links: links(review.id) };
}
