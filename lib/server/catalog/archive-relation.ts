// Remove a relation from the lineage by archiving it (never deleting: findings that walked
// through it keep their evidence). Observed relations can be archived too; new usage revives them.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { ownerEnd, relationInputSchema } from "./relation-input";
import { resolveRelationEnds } from "./relation-ends";
import { entityOrThrow } from "./team-of";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

const archiveRelationDefinition: ActionDefinition<
  typeof relationInputSchema,
  { id: string; changed: boolean; label: string }
> = {
  schema: relationInputSchema,
  permission: "catalog:write",
  teamOf: async (input) => (await entityOrThrow(ownerEnd(input).kind, ownerEnd(input).name)).teamId,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const { key, owner, label, fromRef, toRef } = await resolveRelationEnds(tx, input);
      const relation = await tx.relation.findUnique({
        where: key,
        select: { id: true, archivedAt: true, origin: true },
      });
      if (!relation) throw new NotFoundError(`The relation ${label}`);
      if (relation.archivedAt) return { id: relation.id, changed: false, label };
      await tx.relation.update({ where: { id: relation.id }, data: { archivedAt: new Date() } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "relation.archive",
        targetType: "Relation",
        targetId: relation.id,
        teamId: owner.teamId,
        before: { kind: input.kind, origin: relation.origin, from: fromRef, to: toRef },
      });
      return { id: relation.id, changed: true, label };
    }),
  success: (r) => (r.changed ? `Unlinked ${r.label}.` : `${r.label} was already unlinked.`),
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const archiveRelation = recomputesFindings(archiveRelationDefinition);
