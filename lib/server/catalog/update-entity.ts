// Edit an entity. The form names the version it started from: if someone saved in between, the
// save is refused with who and when (the conditional update below is the check, so two
// concurrent saves cannot both pass). Moving an entity to another team needs rights on both.
import { can } from "@/lib/domain/auth/permissions";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { conflictFor } from "./conflict";
import { auditSnapshot, DRAFT_SELECT, entityColumns, kindRow, sameDraft, toDraft } from "./entity-draft";
import { entityUpdateSchema } from "./entity-input";
import type { EntityResult } from "./create-entity";
import { entityOrThrow, teamIdOfSlug } from "./team-of";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

const updateEntityDefinition: ActionDefinition<typeof entityUpdateSchema, EntityResult & { changed: boolean }> = {
  schema: entityUpdateSchema,
  permission: "catalog:write",
  teamOf: async (input) => (await entityOrThrow(input.kind, input.name)).teamId,
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      const stored = await tx.entity.findUnique({
        where: { kind_name: { kind: input.kind, name: input.name } },
        select: DRAFT_SELECT,
      });
      if (!stored) throw new NotFoundError(`${input.kind.toLowerCase()} ${input.name}`);
      const teamId = await teamIdOfSlug(input.team, tx);
      if (teamId !== stored.teamId && !can(principal, "catalog:write", { teamId }))
        throw new ForbiddenError("You may not move entities into that team.");
      const { version, ...draft } = input;
      if (stored.version !== version) throw await conflictFor(tx, stored.id);
      const before = toDraft(stored);
      const result = { id: stored.id, kind: stored.kind, name: stored.name, version: stored.version };
      if (sameDraft(before, draft)) return { ...result, changed: false };

      const updated = await tx.entity.updateMany({
        where: { id: stored.id, version },
        data: { ...entityColumns(draft, teamId), version: { increment: 1 }, updatedById: principal.userId },
      });
      if (updated.count === 0) throw await conflictFor(tx, stored.id);
      if (teamId !== stored.teamId) await syncCurrentScores(tx, [stored.id]);
      const row = kindRow(draft);
      await tx.entity.update({
        where: { id: stored.id },
        data: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { upsert: { create: v, update: v } }])),
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "entity.update",
        targetType: "Entity",
        targetId: stored.id,
        teamId: teamId ?? stored.teamId,
        before: auditSnapshot(before),
        after: auditSnapshot(draft),
      });
      return { ...result, version: version + 1, changed: true };
    }),
  success: (r) => (r.changed ? `Saved ${r.name}.` : "Nothing to change."),
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const updateEntity = recomputesFindings(updateEntityDefinition);
