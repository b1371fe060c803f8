// Which rubrics the principal has an open draft for on one entity, other people's drafts of it
// that wait for review (the entry point offers them to those who may submit), and the entity's
// owning team (so the entry point can ask can() without trusting the page). One read per entity page.
import type { Rubric } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";

export interface DraftsOfEntity {
  teamId: string | null;
  rubrics: Rubric[];
  /** Others' drafts marked ready for review, oldest first. */
  readyForReview: { id: string; rubric: Rubric; author: string | null }[];
}

export async function listOwnDrafts(options: { entityId: string; userId: string }): Promise<DraftsOfEntity | null> {
  const entity = await db().entity.findUnique({
    where: { id: options.entityId },
    select: {
      teamId: true,
      assessments: {
        where: {
          status: "DRAFT",
          OR: [{ authorId: options.userId }, { readyForReviewAt: { not: null } }],
        },
        orderBy: { readyForReviewAt: { sort: "asc", nulls: "last" } },
        select: { id: true, rubric: true, authorId: true, author: { select: { name: true } } },
      },
    },
  });
  if (!entity) return null;
  const own = entity.assessments.filter((a) => a.authorId === options.userId);
  return {
    teamId: entity.teamId,
    rubrics: own.map((a) => a.rubric),
    readyForReview: entity.assessments
      .filter((a) => a.authorId !== options.userId)
      .map((a) => ({ id: a.id, rubric: a.rubric, author: a.author?.name ?? null })),
  };
}
