// One person for /settings/members/[id]: their roles, and every active team with their role in it.
import "server-only";
import type { OrgRole, TeamRole } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";

export interface MemberDetail {
  id: string;
  name: string;
  email: string;
  orgRole: OrgRole;
  deactivated: boolean;
  createdAt: Date;
  teams: { id: string; slug: string; name: string; role: TeamRole | null }[];
}

export async function getMember(userId: string): Promise<MemberDetail | null> {
  const [user, teams] = await Promise.all([
    db().user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        name: true,
        email: true,
        orgRole: true,
        deactivatedAt: true,
        createdAt: true,
        memberships: { select: { teamId: true, role: true } },
      },
    }),
    db().team.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  if (!user) return null;
  const roleByTeam = new Map(user.memberships.map((m) => [m.teamId, m.role]));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    orgRole: user.orgRole,
    deactivated: !!user.deactivatedAt,
    createdAt: user.createdAt,
    teams: teams.map((t) => ({ ...t, role: roleByTeam.get(t.id) ?? null })),
  };
}
