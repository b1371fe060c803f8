// Create a team webhook: maintainers of the team and admins. The signing secret is generated
// here and returned once; the audit row records the address, events and format, never the secret.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { newWebhookSecret } from "@/lib/domain/webhooks/signature";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { createWebhookSchema, type CreatedWebhook } from "./webhook-input";

export const createTeamWebhook: ActionDefinition<typeof createWebhookSchema, CreatedWebhook> = {
  schema: createWebhookSchema,
  permission: "webhook:manage",
  teamOf: async (input) =>
    (await db().team.findUnique({ where: { id: input.teamId }, select: { id: true } }))?.id ?? null,
  run: async (input, { principal }) => {
    if (principal.token) throw new ForbiddenError("Create webhooks in debtboard while signed in, not with a token.");
    const secret = newWebhookSecret();
    const events = [...new Set(input.events)];
    return db().$transaction(async (tx) => {
      const team = await tx.team.findUnique({
        where: { id: input.teamId },
        select: { id: true, slug: true, archivedAt: true },
      });
      if (!team || team.archivedAt) throw new NotFoundError("That team");
      const created = await tx.webhook.create({
        data: { teamId: team.id, url: input.url, secret, events, format: input.format, createdById: principal.userId },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "webhook.create",
        targetType: "Webhook",
        targetId: created.id,
        teamId: team.id,
        after: { team: team.slug, url: input.url, events, format: input.format },
      });
      return { id: created.id, url: input.url, secret };
    });
  },
  success: () => "Webhook created. Copy its signing secret now: it will not be shown again.",
};
