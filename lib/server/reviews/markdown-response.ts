// A review as a Markdown file (its snapshot once closed): the page's export (/review/{id}/export)
// and the API's (/api/v1/reviews/{id}/markdown) answer with this one response.
import "server-only";
import { renderReviewMarkdown } from "@/lib/domain/review/markdown";
import { exportFileName } from "@/lib/domain/review/params";
import type { ReviewView } from "@/lib/domain/review/view";

export function reviewMarkdownResponse(review: ReviewView): Response {
  return new Response(renderReviewMarkdown(review), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(review.title)}"`,
    },
  });
}
