// People in the organisation for the members page: roles, teams, and when they last signed in.
import "server-only";
import type { OrgRole, TeamRole } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  orgRole: OrgRole;
  deactivated: boolean;
  teams: { id: string; slug: string; name: string; role: TeamRole }[];
  lastSignInAt: Date | null;
  signInMethods: string[];
}

export async function listMembers(options: {
  q?: string;
  skip: number;
  take: number;
}): Promise<{ rows: MemberRow[]; total: number }> {
  const q = options.q?.trim();
  const where = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" as const } },
          { email: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [users, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ orgRole: "asc" }, { name: "asc" }],
      skip: options.skip,
      take: options.take,
      select: {
        id: true,
        name: true,
        email: true,
        orgRole: true,
        deactivatedAt: true,
        memberships: {
          select: { role: true, team: { select: { id: true, slug: true, name: true, archivedAt: true } } },
          orderBy: { team: { name: "asc" } },
        },
        accounts: { select: { providerId: true } },
      },
    }),
    db().user.count({ where }),
  ]);
  const lastSignIns = await db().auditEvent.groupBy({
    by: ["actorId"],
    where: { action: "auth.sign-in", actorId: { in: users.map((u) => u.id) } },
    _max: { at: true },
  });
  const lastById = new Map(lastSignIns.map((r) => [r.actorId, r._max.at]));
  return {
    total,
    rows: users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      orgRole: u.orgRole,
      deactivated: !!u.deactivatedAt,
      teams: u.memberships
        .filter((m) => !m.team.archivedAt)
        .map((m) => ({ id: m.team.id, slug: m.team.slug, name: m.team.name, role: m.role })),
      lastSignInAt: lastById.get(u.id) ?? null,
      signInMethods: [...new Set(u.accounts.map((a) => (a.providerId === "credential" ? "password" : "sso")))],
    })),
  };
}
