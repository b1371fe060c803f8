// Whether status badges are served without a token (an admin's choice, off by default: a badge
// tells anyone who can reach the server how an entity or team scores). Stored in Setting;
// changing it is audited.
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";

export const PUBLIC_BADGES_SETTING = "publicBadges";

export async function arePublicBadgesEnabled(): Promise<boolean> {
  const row = await db().setting.findUnique({ where: { key: PUBLIC_BADGES_SETTING }, select: { value: true } });
  return row?.value === true;
}

const schema = z.object({ enabled: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setPublicBadges: ActionDefinition<typeof schema, { enabled: boolean; changed: boolean }> = {
  schema,
  permission: "org:admin",
  teamOf: async () => null,
  run: ({ enabled }, principal) =>
    db().$transaction(async (tx) => {
      const before = (await tx.setting.findUnique({ where: { key: PUBLIC_BADGES_SETTING } }))?.value === true;
      if (before === enabled) return { enabled, changed: false };
      await tx.setting.upsert({
        where: { key: PUBLIC_BADGES_SETTING },
        create: { key: PUBLIC_BADGES_SETTING, value: enabled },
        update: { value: enabled },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "setting.public-badges",
        targetType: "Setting",
        targetId: PUBLIC_BADGES_SETTING,
        before: { enabled: before },
        after: { enabled },
      });
      return { enabled, changed: true };
    }),
  success: (r) =>
    r.enabled ? "Badges are public: anyone who can reach debtboard may load them." : "Badges need a token again.",
};
