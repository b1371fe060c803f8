// Make someone an organisation admin, or take it away. Admins only; there is always at least
// one admin left, so the organisation can never lock itself out of its own settings.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { ORG_ROLE_LABEL } from "@/lib/domain/auth/role-label";

const schema = z.object({
  userId: z.string().trim().min(1, "Choose a person."),
  orgRole: z.enum(["ADMIN", "MEMBER"], { message: "Choose Admin or Member." }),
});

export interface SetOrgRoleResult {
  userId: string;
  name: string;
  orgRole: "ADMIN" | "MEMBER";
  changed: boolean;
}

export const setOrgRole: ActionDefinition<typeof schema, SetOrgRoleResult> = {
  schema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, name: true, orgRole: true },
      });
      if (!user) throw new NotFoundError("That person");
      if (user.orgRole === input.orgRole)
        return { userId: user.id, name: user.name, orgRole: user.orgRole, changed: false };
      if (user.orgRole === "ADMIN") {
        // Lock the admin rows so two admins demoting each other at once cannot both succeed.
        const admins = await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "User" WHERE "orgRole" = 'ADMIN' AND "deactivatedAt" IS NULL FOR UPDATE`;
        if (admins.filter((a) => a.id !== user.id).length === 0) {
          throw new ConflictError("debtboard needs at least one organisation admin: make someone else an admin first.");
        }
      }
      await tx.user.update({ where: { id: user.id }, data: { orgRole: input.orgRole } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "user.org-role.update",
        targetType: "User",
        targetId: user.id,
        before: { orgRole: user.orgRole },
        after: { orgRole: input.orgRole },
      });
      return { userId: user.id, name: user.name, orgRole: input.orgRole, changed: true };
    }),
  success: (r) =>
    r.changed
      ? `${r.name} is now ${r.orgRole === "ADMIN" ? "an organisation admin" : "a member"}.`
      : `${r.name} was already ${ORG_ROLE_LABEL[r.orgRole].toLowerCase()}.`,
};
