// The review of the same scope (a team, or the organisation) started after this one, if any: once
// it exists, this review's frozen state is its baseline, so this one can no longer be reopened.
import { db, type Db, type Tx } from "@/lib/server/db/client";

export async function getNextReview(
  review: { id: string; teamId: string | null; startedAt: Date | string },
  client: Db | Tx = db(),
): Promise<{ id: string; title: string } | null> {
  return client.review.findFirst({
    where: { teamId: review.teamId, startedAt: { gt: new Date(review.startedAt) }, id: { not: review.id } },
    orderBy: { startedAt: "asc" },
    select: { id: true, title: true },
  });
}
