// The fields of the webhook forms, and what a created webhook returns (its secret, once).
import "server-only";
import { z } from "zod";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "@/lib/domain/webhooks/events";
import { checkWebhookUrl } from "@/lib/domain/webhooks/url";
import { db, type Tx } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

/** A form sends one checkbox value as a string and several as an array. */
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const createWebhookSchema = z.object({
  teamId: z.string().trim().min(1, "Choose a team."),
  url: z.string().transform((value, ctx) => {
    const checked = checkWebhookUrl(value);
    if (!checked.ok) {
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    }
    return checked.url;
  }),
  events: z.preprocess(
    list,
    z.array(z.enum(WEBHOOK_EVENTS, { message: "Unknown event." })).min(1, "Choose at least one event."),
  ),
  format: z.enum(WEBHOOK_FORMATS, { message: "Choose JSON or Slack-compatible." }).default("JSON"),
});

export const webhookIdSchema = z.object({ webhookId: z.string().trim().min(1, "Choose a webhook.") });

export const setWebhookEnabledSchema = webhookIdSchema.extend({
  enabled: z
    .enum(["true", "false"], { message: "Say whether to enable or disable it." })
    .transform((v) => v === "true"),
});

export interface CreatedWebhook {
  id: string;
  url: string;
  /** The signing secret: shown once, in the answer to the person who created it. */
  secret: string;
}

/** The team that owns a webhook, read from the stored row (never from the form). */
export async function teamOfWebhook(input: { webhookId: string }): Promise<string | null> {
  return (await db().webhook.findUnique({ where: { id: input.webhookId }, select: { teamId: true } }))?.teamId ?? null;
}

/** A webhook as the change actions read it in their transaction; NotFoundError when it is gone. */
export async function webhookForChange(tx: Tx, webhookId: string) {
  const hook = await tx.webhook.findUnique({
    where: { id: webhookId },
    select: { id: true, url: true, events: true, format: true, enabled: true, teamId: true },
  });
  if (!hook) throw new NotFoundError("That webhook");
  return hook;
}
