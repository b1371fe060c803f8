// Move an action item between open, in progress, done and won't do (status.ts has the rules:
// won't do needs a reason; done stamps completedAt; reopening clears it). Marking an item done
// changes no score: principal drops only when a new assessment answers the linked item PASS.
import "server-only";
import { applyStatusChange } from "@/lib/domain/action-items/status";
import { setActionItemStatusSchema, STATUS_LABELS } from "@/lib/domain/action-items/schema";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { ITEM_COLUMNS, lockAtVersion, resultOf, teamOfActionItem, type ActionItemResult } from "./shared";

export const setActionItemStatus: ActionDefinition<typeof setActionItemStatusSchema, ActionItemResult> = {
  schema: setActionItemStatusSchema,
  permission: "action-item:write",
  teamOf: teamOfActionItem,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const stored = await lockAtVersion(tx, input);
      const change = applyStatusChange(stored, input.status, input.reason, new Date());
      if (!change.ok) throw new InvalidInputError("Some fields need attention.", { [change.field]: [change.message] });
      if (!change.changed) return resultOf(stored, false);
      const item = await tx.actionItem.update({
        where: { id: stored.id },
        data: { ...change.next, version: { increment: 1 } },
        select: ITEM_COLUMNS,
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "action.status",
        targetType: "ActionItem",
        targetId: item.id,
        teamId: item.teamId,
        before: {
          title: stored.title,
          status: stored.status,
          wontDoReason: stored.wontDoReason,
          completedAt: stored.completedAt?.toISOString() ?? null,
        },
        after: {
          status: item.status,
          wontDoReason: item.wontDoReason,
          completedAt: item.completedAt?.toISOString() ?? null,
        },
      });
      return resultOf(item, true);
    }),
  success: (r) => (r.changed ? `“${r.title}” is now ${STATUS_LABELS[r.status].toLowerCase()}.` : "Nothing to change."),
};
