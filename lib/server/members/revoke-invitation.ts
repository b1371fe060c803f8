// Take back an invitation that has not been used yet (admins only): its link stops working at once.
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { invitationStatus } from "./invitation-token";

const schema = z.object({ invitationId: z.string().trim().min(1, "Choose an invitation.") });

export const revokeInvitation: ActionDefinition<typeof schema, { email: string | null }> = {
  schema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Invitation" WHERE id = ${input.invitationId} FOR UPDATE`;
      if (rows.length === 0) throw new NotFoundError("That invitation");
      const row = await tx.invitation.findUniqueOrThrow({ where: { id: input.invitationId } });
      const now = new Date();
      const status = invitationStatus(row, now);
      if (status !== "pending") throw new ConflictError(`That invitation is already ${status}.`);
      await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: now } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "invitation.revoke",
        targetType: "Invitation",
        targetId: row.id,
        before: { status },
        after: { status: "revoked", email: row.email },
      });
      return { email: row.email };
    }),
  success: (r) => `Invitation${r.email ? ` for ${r.email}` : ""} revoked; its link no longer works.`,
};
