// One review as its pages show it: a closed review from its frozen snapshot, an open one from its
// stored agenda with the live notes and action items (lib/server/reviews/load-review-view.ts).
import "server-only";
import { db } from "@/lib/server/db/client";
import type { ReviewView } from "@/lib/domain/review/view";
import { loadReviewView } from "@/lib/server/reviews/load-review-view";

export async function getReview(options: { id: string }): Promise<ReviewView | null> {
  return loadReviewView(db(), options.id);
}
