// Delivering one event to one webhook, on the durable job queue (lib/server/jobs): a failed
// attempt (no answer within 10 s, a redirect, or a status outside 2xx) throws, and pg-boss
// retries it with exponential back-off (WEBHOOK_RETRY_DELAY_SECONDS, doubling with jitter) up to
// WEBHOOK_RETRY_LIMIT more times. Every attempt is a WebhookDelivery row (deliver-webhook.ts).
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhooks/events";
import { env } from "@/lib/config/env";
import { defineJob } from "@/lib/server/jobs/define-job";
import { deliverWebhook } from "./deliver-webhook";

export const deliveryJobSchema = z.object({
  webhookId: z.string().min(1),
  envelope: z.object({
    event: z.enum([...WEBHOOK_EVENTS, "ping"]),
    occurredAt: z.string(),
    team: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    data: z.record(z.string(), z.unknown()),
  }),
});
export type DeliveryJobData = z.output<typeof deliveryJobSchema>;

export const deliverWebhookJob = defineJob({
  name: "webhooks.deliver",
  description: "POST one event to one team webhook (signed), retried with back-off",
  schema: deliveryJobSchema,
  // Every event is its own delivery.
  policy: "standard",
  // Read when the queue starts (not at import), so a test or an operator can set them first.
  get retryLimit() {
    return env().WEBHOOK_RETRY_LIMIT;
  },
  get retryDelaySeconds() {
    return env().WEBHOOK_RETRY_DELAY_SECONDS;
  },
  retryBackoff: true,
  // One attempt is at most the 10 s timeout and two small writes.
  expireInSeconds: 5 * 60,
  async run(data, { db, now, jobId, retryCount }) {
    const outcome = await deliverWebhook(db, data, { deliveryId: jobId, attempt: retryCount + 1, now });
    if (!outcome.ok) throw new Error(`webhook ${data.webhookId}: ${outcome.error ?? `HTTP ${outcome.statusCode}`}`);
  },
});
