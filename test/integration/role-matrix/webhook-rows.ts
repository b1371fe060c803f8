// Rows for team webhooks (/settings/webhooks, "webhook:manage"): the team's maintainers and
// organisation admins; members and outsiders are refused and change nothing.
//
// No API rows: webhooks are managed on the settings page only (a webhook's secret is shown once,
// to a person). Each attempt works on a webhook of its own. Addresses point at a closed local
// port, so a delivery some worker picks up fails at once without leaving the machine.
import { db } from "@/lib/server/db/client";
import { deleteTeamWebhook, setTeamWebhookEnabled } from "@/lib/server/webhooks/change-webhook";
import { createTeamWebhook } from "@/lib/server/webhooks/create-webhook";
import { sendWebhookTestEvent } from "@/lib/server/webhooks/send-test-event";
import { uniq } from "../support/people";
import type { MatrixRow, World } from "./types";

const auditCount = (targetId: string) => db().auditEvent.count({ where: { targetId } });
/** Deliveries queued for the webhook (none while the queue's schema does not exist yet). */
async function queued(webhookId: string): Promise<number> {
  const [schema] = await db().$queryRawUnsafe<{ present: boolean }[]>(
    `SELECT to_regclass('pgboss.job') IS NOT NULL AS present`,
  );
  if (!schema?.present) return 0;
  const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'webhookId' = $1`,
    webhookId,
  );
  return row?.n ?? 0;
}

async function webhookOf(world: World) {
  return db().webhook.create({
    data: {
      teamId: world.team.id,
      url: `https://127.0.0.1:9/${uniq("hook")}`,
      secret: uniq("whsec"),
      events: ["review.closed"],
    },
    select: { id: true },
  });
}

export const webhookRows: MatrixRow[] = [
  {
    name: "webhooks.create",
    action: createTeamWebhook,
    allowed: ["admin", "maintainer"],
    prepare: async (world) => {
      const url = `https://127.0.0.1:9/${uniq("hook")}`;
      return {
        input: { teamId: world.team.id, url, events: ["review.closed", "gate.changed"], format: "JSON" },
        state: () => db().webhook.count({ where: { url } }),
      };
    },
  },
  {
    name: "webhooks.disable",
    action: setTeamWebhookEnabled,
    allowed: ["admin", "maintainer"],
    prepare: async (world) => {
      const hook = await webhookOf(world);
      return {
        input: { webhookId: hook.id, enabled: "false" },
        state: async () => ({
          hook: await db().webhook.findUnique({ where: { id: hook.id }, select: { enabled: true } }),
          audit: await auditCount(hook.id),
        }),
      };
    },
  },
  {
    name: "webhooks.delete",
    action: deleteTeamWebhook,
    allowed: ["admin", "maintainer"],
    prepare: async (world) => {
      const hook = await webhookOf(world);
      return {
        input: { webhookId: hook.id },
        state: async () => ({
          hook: await db().webhook.findUnique({ where: { id: hook.id }, select: { id: true } }),
          audit: await auditCount(hook.id),
        }),
      };
    },
  },
  {
    name: "webhooks.send-test-event",
    action: sendWebhookTestEvent,
    allowed: ["admin", "maintainer"],
    prepare: async (world) => {
      const hook = await webhookOf(world);
      return {
        input: { webhookId: hook.id },
        state: async () => ({ queued: await queued(hook.id), audit: await auditCount(hook.id) }),
      };
    },
  },
];
