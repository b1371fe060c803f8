// One attempt at delivering an event: sign the body, POST it (no redirects followed, 10 s
// timeout), keep at most 500 characters of the answer, and write the attempt to the delivery
// log. A webhook that was disabled or deleted meanwhile is not called (and nothing is retried).
import type { WebhookEnvelope } from "@/lib/domain/webhooks/events";
import { formatWebhookBody } from "@/lib/domain/webhooks/payload";
import { deliveryHeaders } from "@/lib/domain/webhooks/signature";
import type { Db } from "@/lib/server/db/client";
import type { DeliveryJobData } from "./deliver-job";

export const DELIVERY_TIMEOUT_MS = 10_000;
export const MAX_STORED_RESPONSE = 500;

export interface DeliveryOutcome {
  /** True when delivered, or when there was nothing to deliver to (disabled, deleted). */
  ok: boolean;
  skipped?: "disabled" | "deleted";
  statusCode?: number | null;
  error?: string | null;
}

export async function deliverWebhook(
  db: Db,
  job: DeliveryJobData,
  attempt: { deliveryId: string; attempt: number; now: Date },
): Promise<DeliveryOutcome> {
  const webhook = await db.webhook.findUnique({
    where: { id: job.webhookId },
    select: { id: true, url: true, secret: true, format: true, enabled: true },
  });
  if (!webhook) return { ok: true, skipped: "deleted" };
  if (!webhook.enabled) return { ok: true, skipped: "disabled" };
  // Built from typed data by emitWebhookEvent; the queue checked its outline on enqueue.
  const envelope = job.envelope as unknown as WebhookEnvelope;
  const body = formatWebhookBody(envelope, webhook.format);
  const timestamp = Math.floor(attempt.now.getTime() / 1000);
  const headers = deliveryHeaders({
    secret: webhook.secret,
    timestamp,
    body,
    event: envelope.event,
    deliveryId: attempt.deliveryId,
  });
  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  let response: string | null = null;
  try {
    const answer = await fetch(webhook.url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    statusCode = answer.status;
    response = await readAtMost(answer, MAX_STORED_RESPONSE);
    if (statusCode >= 300 && statusCode < 400)
      error = `Redirect to ${answer.headers.get("location") ?? "(no location)"} not followed`;
    else if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
  } catch (caught) {
    error = describeFetchError(caught);
  }
  const durationMs = Math.round(performance.now() - started);
  const ok = error === null;
  await db.webhookDelivery.create({
    data: {
      webhookId: webhook.id,
      deliveryId: attempt.deliveryId,
      event: envelope.event,
      attempt: attempt.attempt,
      attemptedAt: attempt.now,
      durationMs,
      statusCode,
      // A status outside 2xx is in statusCode already; error says what else went wrong.
      error: error !== null && error !== `HTTP ${statusCode}` ? error : null,
      response,
      ok,
    },
  });
  return { ok, statusCode, error };
}

/** The first `limit` characters of a response body; the rest is never read. */
async function readAtMost(answer: Response, limit: number): Promise<string | null> {
  if (!answer.body) return null;
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A body cut off midway still tells what arrived.
  } finally {
    await reader.cancel().catch(() => {});
  }
  text = text.slice(0, limit);
  return text === "" ? null : text;
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError") return `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s`;
    const cause = (error as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : "";
    return (detail ? `${error.message}: ${detail}` : error.message).slice(0, MAX_STORED_RESPONSE);
  }
  return String(error).slice(0, MAX_STORED_RESPONSE);
}
