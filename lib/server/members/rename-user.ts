// Change how a person is called. Admins only, and audited: people cannot rename themselves
// (better-auth's update-user endpoint is switched off), so nobody can take another person's
// name, and the audit trail keeps the name each row was written under.
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

const schema = z.object({
  userId: z.string().trim().min(1, "Choose a person."),
  name: z.string().trim().min(1, "Give the person a name.").max(120, "Keep the name under 120 characters."),
});

export interface RenameUserResult {
  userId: string;
  name: string;
  changed: boolean;
}

export const renameUser: ActionDefinition<typeof schema, RenameUserResult> = {
  schema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true } });
      if (!user) throw new NotFoundError("That person");
      if (user.name === input.name) return { userId: user.id, name: user.name, changed: false };
      await tx.user.update({ where: { id: user.id }, data: { name: input.name } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "user.rename",
        targetType: "User",
        targetId: user.id,
        before: { name: user.name },
        after: { name: input.name },
      });
      return { userId: user.id, name: input.name, changed: true };
    }),
  success: (r) => (r.changed ? `Renamed to ${r.name}.` : "Nothing to change."),
};
