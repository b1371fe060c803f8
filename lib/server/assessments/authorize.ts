// The owning team of what an assessment action changes, for the definitions' `teamOf`: always
// from the database, never from the caller. defineAction / runAuthorized check can() against
// it once; the assessment functions take the principal as already authorised.
import "server-only";
import type { Db, Tx } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

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
