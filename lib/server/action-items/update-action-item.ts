// Edit an action item's fields (title, description, owner, due date, estimate, links). The form
// names the version it started from; a stale one is refused with who saved in between. The
// status has its own action (set-action-item-status.ts), with its own rules.
import "server-only";
import { updateActionItemSchema } from "@/lib/domain/action-items/schema";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import {
  auditSnapshot,
  checkLinks,
  checkOwner,
  dayToDate,
  ITEM_COLUMNS,
  lockAtVersion,
  resultOf,
  teamOfActionItem,
  type ActionItemResult,
} from "./shared";

export const updateActionItem: ActionDefinition<typeof updateActionItemSchema, ActionItemResult> = {
  schema: updateActionItemSchema,
  permission: "action-item:write",
  teamOf: teamOfActionItem,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const stored = await lockAtVersion(tx, input);
      const fields = {
        title: input.title,
        description: input.description,
        ownerId: input.ownerId,
        dueDate: dayToDate(input.dueDate),
        estimateDays: input.estimateDays,
        entityId: input.entityId,
        checklistItemId: input.checklistItemId,
        signalId: input.signalId,
        reviewId: input.reviewId,
      };
      const before = auditSnapshot(stored);
      const after = auditSnapshot({ ...stored, ...fields });
      if (JSON.stringify(before) === JSON.stringify(after)) return resultOf(stored, false);
      if (fields.ownerId !== stored.ownerId) await checkOwner(tx, stored.teamId, fields.ownerId);
      await checkLinks(tx, stored.teamId, fields);
      const item = await tx.actionItem.update({
        where: { id: stored.id },
        data: { ...fields, version: { increment: 1 } },
        select: ITEM_COLUMNS,
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "action.update",
        targetType: "ActionItem",
        targetId: item.id,
        teamId: item.teamId,
        before,
        after,
      });
      return resultOf(item, true);
    }),
  success: (r) => (r.changed ? `Saved “${r.title}”.` : "Nothing to change."),
};
