// GET /review/{id}/export — the review as a Markdown file (its snapshot once closed). Reading is
// open to everyone signed in, like the review page itself.
import { connection } from "next/server";
import { errorResponse } from "@/lib/server/api/api-route";
import { getSessionUser } from "@/lib/server/auth/session";
import { AppError, NotFoundError } from "@/lib/server/errors";
import { getReview } from "@/lib/server/reviews/get-review";
import { reviewMarkdownResponse } from "@/lib/server/reviews/markdown-response";

export async function GET(_request: Request, { params }: RouteContext<"/review/[id]/export">) {
  await connection();
  try {
    if (!(await getSessionUser())) throw new AppError("unauthenticated", "Sign in to export a review.");
    const { id } = await params;
    const review = await getReview({ id });
    if (!review) throw new NotFoundError("That review");
    return reviewMarkdownResponse(review);
  } catch (error) {
    return errorResponse(error);
  }
}
