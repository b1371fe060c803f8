// Shared by the two revoke actions: mark the token revoked (it stops working at once: the
// principal lookup refuses revoked tokens) and record it. Revoking twice changes nothing.
import "server-only";
import type { Principal } from "@/lib/domain/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";

export interface RevokedToken {
  id: string;
  name: string;
  changed: boolean;
}

export async function revokeToken(tokenId: string, principal: Principal): Promise<RevokedToken> {
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findUniqueOrThrow({
      where: { id: tokenId },
      select: { id: true, name: true, prefix: true, teamId: true, userId: true, revokedAt: true },
    });
    if (token.revokedAt) return { id: token.id, name: token.name, changed: false };
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "token.revoke",
      targetType: "ApiToken",
      targetId: token.id,
      teamId: token.teamId,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
    return { id: token.id, name: token.name, changed: true };
  });
}
