// What the /invite/<token> page shows before anyone types: whether the link can still be used,
// and for whom. A bootstrap link is usable only while the organisation has no active admin.
import { db, type Db } from "@/lib/server/db/client";
import { invitationStatus, invitationTokenHash, type InvitationStatus } from "./invitation-token";

export type InvitationView =
  | { status: "unknown" }
  | { status: Exclude<InvitationStatus, "pending"> | "closed" }
  | { status: "pending"; email: string | null; orgRole: "ADMIN" | "MEMBER"; bootstrap: boolean; expiresAt: Date };

export async function getInvitation(token: string, options: { db?: Db; now?: Date } = {}): Promise<InvitationView> {
  const client = options.db ?? db();
  const now = options.now ?? new Date();
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "unknown" };
  const row = await client.invitation.findUnique({ where: { tokenHash: invitationTokenHash(token) } });
  if (!row) return { status: "unknown" };
  const status = invitationStatus(row, now);
  if (status !== "pending") return { status };
  if (row.bootstrap && (await client.user.count({ where: { orgRole: "ADMIN", deactivatedAt: null } })) > 0)
    return { status: "closed" };
  return { status, email: row.email, orgRole: row.orgRole, bootstrap: row.bootstrap, expiresAt: row.expiresAt };
}
