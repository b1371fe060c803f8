// Signing a delivery (README "Webhooks"): HMAC-SHA256, keyed with the webhook's secret, over
// "<timestamp>.<raw body>", sent as `X-Debtboard-Signature: sha256=<hex>` with the timestamp
// (Unix seconds) in `X-Debtboard-Timestamp`. A receiver recomputes it from the raw bytes it got
// and refuses a timestamp older than a few minutes, so a captured request cannot be replayed.
import { createHmac, randomBytes } from "node:crypto";

export const SIGNATURE_HEADER = "X-Debtboard-Signature";
export const TIMESTAMP_HEADER = "X-Debtboard-Timestamp";
export const EVENT_HEADER = "X-Debtboard-Event";
export const DELIVERY_HEADER = "X-Debtboard-Delivery";

/** The string that is signed: the timestamp, a dot, the body exactly as sent. */
export function signedPayload(timestamp: number, body: string): string {
  return `${timestamp}.${body}`;
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(signedPayload(timestamp, body), "utf8").digest("hex")}`;
}

/** A new signing secret: 32 random bytes, base64url, with a prefix people recognise. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** The request headers of one attempt. */
export function deliveryHeaders(options: {
  secret: string;
  timestamp: number;
  body: string;
  event: string;
  deliveryId: string;
}): Record<string, string> {
  return {
    "Content-Type": "application/json",
    "User-Agent": "debtboard-webhooks",
    [EVENT_HEADER]: options.event,
    [DELIVERY_HEADER]: options.deliveryId,
    [TIMESTAMP_HEADER]: String(options.timestamp),
    [SIGNATURE_HEADER]: signWebhook(options.secret, options.timestamp, options.body),
  };
}
