// Create an action item in a team: maintainers of the team (and admins) may. The owner defaults
// to whoever creates it; links are checked against the team. Audited in the same transaction.
// Nothing here touches scores: principal follows assessments only.
import "server-only";
import { createActionItemSchema } from "@/lib/domain/action-items/schema";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import {
  auditSnapshot,
  checkLinks,
  checkOwner,
  checkTeam,
  dayToDate,
  ITEM_COLUMNS,
  resultOf,
  type ActionItemResult,
} from "./shared";

export const createActionItem: ActionDefinition<typeof createActionItemSchema, ActionItemResult> = {
  schema: createActionItemSchema,
  permission: "action-item:write",
  teamOf: async (input) => input.teamId,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      await checkTeam(tx, input.teamId);
      await checkOwner(tx, input.teamId, ownerId);
      const links = {
        entityId: input.entityId,
        checklistItemId: input.checklistItemId,
        signalId: input.signalId,
        reviewId: input.reviewId,
      };
      await checkLinks(tx, input.teamId, links);
      const item = await tx.actionItem.create({
        data: {
          teamId: input.teamId,
          title: input.title,
          description: input.description,
          ownerId,
          dueDate: dayToDate(input.dueDate),
          estimateDays: input.estimateDays,
          ...links,
          createdById: principal.userId,
        },
        select: ITEM_COLUMNS,
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "action.create",
        targetType: "ActionItem",
        targetId: item.id,
        teamId: item.teamId,
        after: auditSnapshot(item),
      });
      return resultOf(item, true);
    }),
  success: (r) => `Created “${r.title}”.`,
};
