// Declare a relation. Declaring one that usage already revealed (OBSERVED) makes it DECLARED;
// declaring an archived one brings it back; declaring an existing one changes nothing.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ownerEnd, relationInputSchema } from "./relation-input";
import { resolveRelationEnds } from "./relation-ends";
import { entityOrThrow } from "./team-of";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

const createRelationDefinition: ActionDefinition<
  typeof relationInputSchema,
  { id: string; changed: boolean; label: string }
> = {
  schema: relationInputSchema,
  permission: "catalog:write",
  teamOf: async (input) => (await entityOrThrow(ownerEnd(input).kind, ownerEnd(input).name)).teamId,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const { from, to, key, owner, label, fromRef, toRef } = await resolveRelationEnds(tx, input);
      const existing = await tx.relation.findUnique({
        where: key,
        select: { id: true, origin: true, archivedAt: true },
      });
      if (existing && existing.origin === "DECLARED" && !existing.archivedAt)
        return { id: existing.id, changed: false, label };
      const relation = await tx.relation.upsert({
        where: key,
        create: { fromId: from.id, toId: to.id, kind: input.kind },
        update: { origin: "DECLARED", archivedAt: null },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "relation.create",
        targetType: "Relation",
        targetId: relation.id,
        teamId: owner.teamId,
        before: existing ? { origin: existing.origin, archived: existing.archivedAt !== null } : null,
        after: { kind: input.kind, from: fromRef, to: toRef },
      });
      return { id: relation.id, changed: true, label };
    }),
  success: (r) => (r.changed ? `Linked ${r.label}.` : `${r.label} was already linked.`),
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const createRelation = recomputesFindings(createRelationDefinition);
