// Enable, disable or delete a team webhook: maintainers of its team and admins, the team read
// from the stored webhook. A disabled webhook is sent nothing (queued deliveries are dropped when
// they come up); deleting one removes its delivery log with it. Each change is audited.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { setWebhookEnabledSchema, teamOfWebhook, webhookForChange, webhookIdSchema } from "./webhook-input";

export interface ChangedWebhook {
  id: string;
  url: string;
  changed: boolean;
  enabled?: boolean;
}

export const setTeamWebhookEnabled: ActionDefinition<typeof setWebhookEnabledSchema, ChangedWebhook> = {
  schema: setWebhookEnabledSchema,
  permission: "webhook:manage",
  teamOf: teamOfWebhook,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const hook = await webhookForChange(tx, input.webhookId);
      if (hook.enabled === input.enabled) return { id: hook.id, url: hook.url, changed: false, enabled: hook.enabled };
      await tx.webhook.update({ where: { id: hook.id }, data: { enabled: input.enabled } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: input.enabled ? "webhook.enable" : "webhook.disable",
        targetType: "Webhook",
        targetId: hook.id,
        teamId: hook.teamId,
        before: { url: hook.url, enabled: hook.enabled },
        after: { url: hook.url, enabled: input.enabled },
      });
      return { id: hook.id, url: hook.url, changed: true, enabled: input.enabled };
    }),
  success: (r) =>
    !r.changed
      ? `The webhook was already ${r.enabled ? "enabled" : "disabled"}.`
      : r.enabled
        ? "Webhook enabled: events are sent again."
        : "Webhook disabled: nothing is sent to it until it is enabled.",
};

export const deleteTeamWebhook: ActionDefinition<typeof webhookIdSchema, ChangedWebhook> = {
  schema: webhookIdSchema,
  permission: "webhook:manage",
  teamOf: teamOfWebhook,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const hook = await webhookForChange(tx, input.webhookId);
      await tx.webhook.delete({ where: { id: hook.id } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "webhook.delete",
        targetType: "Webhook",
        targetId: hook.id,
        teamId: hook.teamId,
        before: { url: hook.url, events: hook.events, format: hook.format, enabled: hook.enabled },
      });
      return { id: hook.id, url: hook.url, changed: true };
    }),
  success: () => "Webhook deleted, with its delivery log.",
};
