// Create a model, feature, data source or consumer. Maintainers of the owning team (or admins);
// an entity without a team can only be created by an admin.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { auditSnapshot, entityColumns, kindRow } from "./entity-draft";
import { entityDraftSchema } from "./entity-input";
import { teamIdOfSlug } from "./team-of";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

export interface EntityResult {
  id: string;
  kind: string;
  name: string;
  version: number;
}

const createEntityDefinition: ActionDefinition<typeof entityDraftSchema, EntityResult> = {
  schema: entityDraftSchema,
  permission: "catalog:write",
  teamOf: (input) => teamIdOfSlug(input.team),
  run: (input, { principal, teamId }) =>
    db().$transaction(async (tx) => {
      const existing = await tx.entity.findUnique({
        where: { kind_name: { kind: input.kind, name: input.name } },
        select: { archivedAt: true },
      });
      if (existing) {
        const why = existing.archivedAt
          ? "An archived entity has this name; restore it instead."
          : "This name is taken.";
        throw new InvalidInputError("Some fields need attention.", { name: [why] });
      }
      const created = await tx.entity.create({
        data: {
          kind: input.kind,
          name: input.name,
          ...entityColumns(input, teamId),
          updatedById: principal.userId,
          ...createKind(input),
        },
        select: { id: true, kind: true, name: true, version: true },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "entity.create",
        targetType: "Entity",
        targetId: created.id,
        teamId,
        after: auditSnapshot(input),
      });
      return created;
    }),
  success: (r) => `Created ${r.name}.`,
};

function createKind(input: Parameters<typeof kindRow>[0]) {
  const row = kindRow(input);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { create: v }]));
}

/** Changes the graph's shape, so findings are recomputed after it. */
export const createEntity = recomputesFindings(createEntityDefinition);
