// Permission checks shared by the assessment functions. They run here as well as in
// defineAction, because the functions are also called directly (API, tests) and the owning
// team must always come from the database, never from the caller.
import { can, type Permission, type Principal } from "@/lib/domain/auth/permissions";
import type { Db, Tx } from "@/lib/server/db/client";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/server/errors";

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new AppError("unauthenticated", "Sign in to make changes.");
  return principal;
}

export function requireCan(principal: Principal | null, permission: Permission, teamId: string | null): Principal {
  const p = requirePrincipal(principal);
  if (!can(p, permission, { teamId })) throw new ForbiddenError();
  return p;
}

/** The entity's owning team (null for orphans), or NotFound. */
export async function teamOfEntity(db: Db | Tx, entityId: string): Promise<string | null> {
  const entity = await db.entity.findUnique({ where: { id: entityId }, select: { teamId: true } });
  if (!entity) throw new NotFoundError("That entity");
  return entity.teamId;
}

/** The owning team of the entity an assessment is about. */
export async function teamOfAssessment(db: Db | Tx, assessmentId: string): Promise<string | null> {
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: { entity: { select: { teamId: true } } },
  });
  if (!row) throw new NotFoundError("That assessment");
  return row.entity.teamId;
}

/**
 * Who may work on a draft: its author (who may draft on the team), and, once the author has
 * marked it ready for review, anyone who may submit on the team (the hand-off from a member to
 * the team's maintainers). `readyForReviewAt` must be read where the decision is made (under the
 * row lock when submitting).
 */
export function requireDraftAccess(
  principal: Principal | null,
  draft: { authorId: string | null; readyForReviewAt: Date | null; teamId: string | null },
  permission: "assessment:draft" | "assessment:submit",
): Principal {
  const p = requireCan(principal, permission, draft.teamId);
  if (draft.authorId !== null && draft.authorId === p.userId) return p;
  if (draft.readyForReviewAt && can(p, "assessment:submit", { teamId: draft.teamId })) return p;
  throw new ForbiddenError(
    permission === "assessment:submit"
      ? "Only the draft's author can submit it, or a maintainer of the team once the author marks it ready for review."
      : "Only the draft's author can change it, or a maintainer of the team once the author marks it ready for review.",
  );
}
