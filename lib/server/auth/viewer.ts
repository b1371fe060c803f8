// Who is looking, for the chrome: name, email, roles and the names of their teams. Read once
// per request (React cache) and only behind a <Suspense> boundary (it reads the session cookie).
import "server-only";
import { cache } from "react";
import type { Principal, TeamRole } from "@/lib/domain/auth/permissions";
import { roleLabel } from "@/lib/domain/auth/role-label";
import { db } from "@/lib/server/db/client";
import { getSessionPrincipal, getSessionUser, type SessionUser } from "./session";

export interface Viewer {
  user: SessionUser;
  principal: Principal;
  teams: { id: string; slug: string; name: string; role: TeamRole }[];
  roleLabel: string;
  isAdmin: boolean;
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const [user, principal] = await Promise.all([getSessionUser(), getSessionPrincipal()]);
  if (!user || !principal) return null;
  const teamIds = Object.keys(principal.teamRoles);
  const rows =
    teamIds.length === 0
      ? []
      : await db().team.findMany({
          where: { id: { in: teamIds }, archivedAt: null },
          select: { id: true, slug: true, name: true },
          orderBy: { name: "asc" },
        });
  const teams = rows.map((t) => ({ ...t, role: principal.teamRoles[t.id] ?? "MEMBER" }));
  return {
    user,
    principal,
    teams,
    roleLabel: roleLabel({ orgRole: principal.orgRole, teams }),
    isAdmin: principal.orgRole === "ADMIN",
  };
});
