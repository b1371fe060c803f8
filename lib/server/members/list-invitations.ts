// The invitations page's table: the last 30 days' invitations, newest first, with their status.
import { db } from "@/lib/server/db/client";
import { invitationStatus, type InvitationStatus } from "./invitation-token";

export interface InvitationRow {
  id: string;
  email: string | null;
  orgRole: "ADMIN" | "MEMBER";
  status: InvitationStatus;
  createdAt: Date;
  createdBy: string | null;
  expiresAt: Date;
  acceptedBy: string | null;
}

export async function listInvitations(options: { now?: Date; take?: number } = {}): Promise<InvitationRow[]> {
  const now = options.now ?? new Date();
  const rows = await db().invitation.findMany({
    where: { createdAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
  });
  const userIds = [...new Set(rows.flatMap((r) => [r.createdById, r.acceptedUserId]).filter((id) => id !== null))];
  const names = new Map(
    (await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    orgRole: r.orgRole,
    status: invitationStatus(r, now),
    createdAt: r.createdAt,
    createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
    expiresAt: r.expiresAt,
    acceptedBy: r.acceptedUserId ? (names.get(r.acceptedUserId) ?? null) : null,
  }));
}
