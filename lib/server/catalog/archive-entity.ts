// Archive (or restore) an entity. Archiving never deletes: assessments, findings and relations
// keep their subject, and the entity's page says it is archived. Same version check as edits.
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { conflictFor } from "./conflict";
import { entityArchiveSchema } from "./entity-input";
import { entityOrThrow } from "./team-of";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";

const schema = entityArchiveSchema.extend({
  restore: z.preprocess((v) => v === true || v === "true", z.boolean()).default(false),
});

const archiveEntityDefinition: ActionDefinition<
  typeof schema,
  { id: string; name: string; archived: boolean; version: number }
> = {
  schema,
  permission: "catalog:write",
  teamOf: async (input) => (await entityOrThrow(input.kind, input.name)).teamId,
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      const e = await entityOrThrow(input.kind, input.name, tx);
      const archivedAt = input.restore ? null : new Date();
      const updated = await tx.entity.updateMany({
        where: { id: e.id, version: input.version },
        data: { archivedAt, version: { increment: 1 }, updatedById: principal.userId },
      });
      if (updated.count === 0) throw await conflictFor(tx, e.id);
      await syncCurrentScores(tx, [e.id]);
      await recordAuditEvent(tx, {
        actor: principal,
        action: input.restore ? "entity.restore" : "entity.archive",
        targetType: "Entity",
        targetId: e.id,
        teamId: e.teamId,
        before: { archived: e.archivedAt !== null },
        after: { archived: !input.restore },
      });
      return { id: e.id, name: input.name, archived: !input.restore, version: input.version + 1 };
    }),
  success: (r) => (r.archived ? `Archived ${r.name}.` : `Restored ${r.name}.`),
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const archiveEntity = recomputesFindings(archiveEntityDefinition);
