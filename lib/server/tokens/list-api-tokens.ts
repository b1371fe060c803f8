// The API tokens a person may see and revoke: their own, their teams' (teams they maintain),
// and, for admins, everyone's. Never the hash: only the prefix people recognise.
import type { Principal } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  /** Who made it (a team token acts only while they may manage the team's tokens). */
  createdBy: string | null;
  owner:
    { kind: "personal"; userId: string; name: string } | { kind: "team"; teamId: string; slug: string; name: string };
}

export async function listApiTokens(principal: Principal): Promise<TokenRow[]> {
  const maintained = Object.entries(principal.teamRoles).flatMap(([teamId, role]) =>
    role === "MAINTAINER" ? [teamId] : [],
  );
  const where =
    principal.orgRole === "ADMIN"
      ? {}
      : { OR: [{ userId: principal.userId ?? "-" }, ...(maintained.length ? [{ teamId: { in: maintained } }] : [])] };
  const tokens = await db().apiToken.findMany({
    where,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true } },
      team: { select: { id: true, slug: true, name: true } },
      createdBy: { select: { name: true } },
    },
  });
  return tokens.map(({ user, team, createdBy, ...t }) => ({
    ...t,
    createdBy: createdBy?.name ?? null,
    owner: team
      ? { kind: "team", teamId: team.id, slug: team.slug, name: team.name }
      : { kind: "personal", userId: user?.id ?? "", name: user?.name ?? "Unknown" },
  }));
}
