// Builds a Principal from the database: the user's organisation role and team roles.
import type { Principal } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";

export async function loadPrincipal(options: { userId: string }): Promise<Principal | null> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      name: true,
      orgRole: true,
      deactivatedAt: true,
      memberships: { select: { teamId: true, role: true } },
    },
  });
  if (!user || user.deactivatedAt) return null;
  return {
    userId: user.id,
    name: user.name,
    orgRole: user.orgRole,
    teamRoles: Object.fromEntries(user.memberships.map((m) => [m.teamId, m.role])),
  };
}
