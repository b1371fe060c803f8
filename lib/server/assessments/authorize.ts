// The owning team of what an assessment action changes, for the definitions' `teamOf`: always
// from the database, never from the caller. defineAction / runAuthorized check can() against
// it once; the assessment functions take the principal as already authorised.
import "server-only";
import { can, type Principal } from "@/lib/domain/auth/permissions";
import type { Db, Tx } from "@/lib/server/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

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
 * Who may work on a draft, besides the team permission defineAction checked: its author, and,
 * once the author has marked it ready for review, anyone who may submit on the team (the hand-off
 * from a member to the team's maintainers). `readyForReviewAt` must be read where the decision is
 * made (under the row lock when submitting).
 */
export function requireDraftAccess(
  principal: Principal,
  draft: { authorId: string | null; readyForReviewAt: Date | null; teamId: string | null },
  permission: "assessment:draft" | "assessment:submit",
): Principal {
  if (draft.authorId !== null && draft.authorId === principal.userId) return principal;
  if (draft.readyForReviewAt && can(principal, "assessment:submit", { teamId: draft.teamId })) return principal;
  throw new ForbiddenError(
    permission === "assessment:submit"
      ? "Only the draft's author can submit it, or a maintainer of the team once the author marks it ready for review."
      : "Only the draft's author can change it, or a maintainer of the team once the author marks it ready for review.",
  );
}
