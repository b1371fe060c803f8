// "Send test event": a "ping" to one webhook (enabled ones only), delivered, signed, retried and
// logged like any event, so a team can check its receiver before relying on it.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { absoluteUrl, emitWebhookEvent } from "./emit-webhook-event";
import { teamOfWebhook, webhookForChange, webhookIdSchema } from "./webhook-input";

export const sendWebhookTestEvent: ActionDefinition<typeof webhookIdSchema, { id: string; url: string }> = {
  schema: webhookIdSchema,
  permission: "webhook:manage",
  teamOf: teamOfWebhook,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const hook = await webhookForChange(tx, input.webhookId);
      if (!hook.enabled)
        throw new InvalidInputError("This webhook is disabled; enable it to send it a test event.", {
          webhookId: ["Disabled webhooks are sent nothing."],
        });
      await emitWebhookEvent(tx, {
        teamId: hook.teamId,
        webhookId: hook.id,
        event: "ping",
        data: {
          message: `Test event from debtboard, sent by ${principal.name}.`,
          url: absoluteUrl("/settings/webhooks"),
        },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "webhook.test",
        targetType: "Webhook",
        targetId: hook.id,
        teamId: hook.teamId,
        after: { url: hook.url },
      });
      return { id: hook.id, url: hook.url };
    }),
  success: () => "Test event queued. Its delivery shows in the log below within a few seconds.",
};
