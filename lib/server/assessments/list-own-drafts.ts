// Which rubrics the principal has an open draft for on one entity, and the entity's owning team
// (so the entry point can ask can() without trusting the page). One read per entity page.
import "server-only";
import type { Rubric } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";

export async function listOwnDrafts(options: {
  entityId: string;
  userId: string;
}): Promise<{ teamId: string | null; rubrics: Rubric[] } | null> {
  const entity = await db().entity.findUnique({
    where: { id: options.entityId },
    select: {
      teamId: true,
      assessments: { where: { status: "DRAFT", authorId: options.userId }, select: { rubric: true } },
    },
  });
  return entity ? { teamId: entity.teamId, rubrics: entity.assessments.map((a) => a.rubric) } : null;
}
