// Debt reviews, open ones first then newest, with scope, author and action-item counts.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { ReviewStatus } from "@/lib/generated/prisma/client";

export interface ListReviewsOptions {
  teamId?: string;
  limit?: number;
}

export interface ReviewRow {
  id: string;
  title: string;
  status: ReviewStatus;
  periodStart: Date;
  periodEnd: Date;
  startedAt: Date;
  closedAt: Date | null;
  team: { slug: string; name: string } | null;
  startedBy: string | null;
  actionItems: number;
}

export async function listReviews(options: ListReviewsOptions = {}): Promise<ReviewRow[]> {
  const rows = await db().review.findMany({
    where: options.teamId ? { teamId: options.teamId } : {},
    orderBy: [{ status: "asc" }, { startedAt: "desc" }],
    take: options.limit ?? 50,
    select: {
      id: true,
      title: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      startedAt: true,
      closedAt: true,
      team: { select: { slug: true, name: true } },
      startedBy: { select: { name: true } },
      _count: { select: { actionItems: true } },
    },
  });
  return rows.map(({ startedBy, _count, ...r }) => ({
    ...r,
    startedBy: startedBy?.name ?? null,
    actionItems: _count.actionItems,
  }));
}
