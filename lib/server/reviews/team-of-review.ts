// The team that owns a review (null: an organisation-wide review, which only admins run), read
// from the stored review, never from the form.
import "server-only";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

export async function teamOfReview(input: { reviewId: string }): Promise<string | null> {
  const review = await db().review.findUnique({ where: { id: input.reviewId }, select: { teamId: true } });
  if (!review) throw new NotFoundError("That review");
  return review.teamId;
}
