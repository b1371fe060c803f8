// Hands an event to a team's webhooks: one delivery job per enabled webhook of the team that
// subscribes to it, enqueued in the caller's transaction, so a delivery exists exactly when the
// change it reports committed. Cheap when nobody listens (one indexed query, no queue touched).
import type { DeliveredEventName, EventDataMap, WebhookEnvelope } from "@/lib/domain/webhooks/events";
import { env, publicUrlOf } from "@/lib/config/env";
import type { Tx } from "@/lib/server/db/client";
import { enqueueJob } from "@/lib/server/jobs/app-queue";
import { deliverWebhookJob } from "./deliver-job";

export interface EmitInput<E extends DeliveredEventName> {
  teamId: string;
  event: E;
  data: EventDataMap[E];
  occurredAt?: Date;
  /** Only this webhook (the settings page's test event), whatever events it subscribes to. */
  webhookId?: string;
}

/** The teams with at least one enabled webhook subscribed to `event` (of those asked, if given). */
export async function teamsListening(
  tx: Tx,
  event: DeliveredEventName,
  teamIds?: readonly string[],
): Promise<Set<string>> {
  const rows = await tx.webhook.findMany({
    where: { enabled: true, events: { has: event }, ...(teamIds ? { teamId: { in: [...teamIds] } } : {}) },
    select: { teamId: true },
    distinct: ["teamId"],
  });
  return new Set(rows.map((r) => r.teamId));
}

/** Enqueues the deliveries; returns how many. */
export async function emitWebhookEvent<E extends DeliveredEventName>(tx: Tx, input: EmitInput<E>): Promise<number> {
  const hooks = await tx.webhook.findMany({
    where: {
      teamId: input.teamId,
      enabled: true,
      ...(input.webhookId ? { id: input.webhookId } : { events: { has: input.event } }),
    },
    select: { id: true, team: { select: { id: true, slug: true, name: true } } },
  });
  for (const hook of hooks) {
    const envelope = {
      event: input.event,
      occurredAt: (input.occurredAt ?? new Date()).toISOString(),
      team: hook.team,
      data: input.data,
    } as WebhookEnvelope;
    await enqueueJob(
      deliverWebhookJob,
      { webhookId: hook.id, envelope: { ...envelope, data: { ...envelope.data } } },
      { tx },
    );
  }
  return hooks.length;
}

/** An app path as an absolute link for a message (BETTER_AUTH_URL, else http://HOST:PORT). */
export function absoluteUrl(path: string): string {
  return new URL(path, publicUrlOf(env())).toString();
}
