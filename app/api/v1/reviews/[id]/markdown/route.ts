// GET /api/v1/reviews/{id}/markdown — the review's Markdown report (text/markdown), the same file
// as the page's export. A team token reads its own team's only.
import { apiRoute } from "@/lib/server/api/api-route";
import { getReadableReview } from "@/lib/server/reviews/api";
import { reviewMarkdownResponse } from "@/lib/server/reviews/markdown-response";

type Context = RouteContext<"/api/v1/reviews/[id]/markdown">;

export const GET = apiRoute<Context>(async (_request, { params }, principal) =>
  reviewMarkdownResponse(await getReadableReview((await params).id, principal)),
);
