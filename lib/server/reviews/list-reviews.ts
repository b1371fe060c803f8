// Debt reviews, open ones first then newest, with scope, author and action-item counts; a page of
// them under a scope (a team's, the organisation-wide ones, or all) and status, and their count.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma, ReviewStatus } from "@/lib/generated/prisma/client";

export interface ListReviewsOptions {
  /** One team's reviews; null: the organisation-wide ones; omitted: every review. */
  teamId?: string | null;
  status?: ReviewStatus;
  limit?: number;
  /** 1-based page of `limit` reviews. */
  page?: number;
}

const reviewsWhere = (o: ListReviewsOptions): Prisma.ReviewWhereInput => ({
  ...(o.teamId !== undefined ? { teamId: o.teamId } : {}),
  ...(o.status ? { status: o.status } : {}),
});

export async function countReviews(options: ListReviewsOptions = {}): Promise<number> {
  return db().review.count({ where: reviewsWhere(options) });
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
    where: reviewsWhere(options),
    // The id breaks ties so pages never overlap.
    orderBy: [{ status: "asc" }, { startedAt: "desc" }, { id: "asc" }],
    skip: ((options.page ?? 1) - 1) * (options.limit ?? 50),
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
