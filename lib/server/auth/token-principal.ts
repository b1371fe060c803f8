// The principal behind an API token: a personal token acts as its user, a team token as a
// maintainer of its team only; both are limited further to the token's scopes. Revoked and
// expired tokens, deactivated owners and archived teams get nothing. A team token is tied to
// its team through its creator: it acts only while the creator may still manage that team's
// tokens (a maintainer who leaves the team, or is deactivated, disarms it), and for at most
// MAX_TEAM_TOKEN_DAYS after it was made, whatever expiry it was given.
import { isWellFormedToken } from "@/lib/domain/auth/api-token";
import { can, PERMISSIONS, type Permission, type Principal } from "@/lib/domain/auth/permissions";
import { teamTokenEnd } from "@/lib/domain/auth/token-policy";
import { db } from "@/lib/server/db/client";
import { hashApiToken } from "./api-token";
import { loadPrincipal } from "./load-principal";

/** lastUsedAt is written at most this often per token, so busy scripts do not write on every call. */
const TOUCH_EVERY_MS = 60_000;
const KNOWN = new Set<string>(PERMISSIONS);

export async function principalForToken(secret: string, now = new Date()): Promise<Principal | null> {
  if (!isWellFormedToken(secret)) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: {
      id: true,
      name: true,
      userId: true,
      teamId: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdAt: true,
      createdById: true,
      team: { select: { archivedAt: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;

  const scopes = token.scopes.filter((s): s is Permission => KNOWN.has(s));
  let principal: Principal | null = null;
  if (token.userId) {
    const owner = await loadPrincipal({ userId: token.userId });
    principal = owner && { ...owner, token: { id: token.id, scopes } };
  } else if (token.teamId && token.team && !token.team.archivedAt && (await teamTokenHolds(token, now))) {
    principal = {
      userId: null,
      name: `${token.name} (team token)`,
      orgRole: "MEMBER",
      teamRoles: { [token.teamId]: "MAINTAINER" },
      token: { id: token.id, scopes },
    };
  }
  if (principal && (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS)) {
    // One conditional UPDATE; concurrent calls within the minute write nothing.
    await db().apiToken.updateMany({
      where: {
        id: token.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return principal;
}

async function teamTokenHolds(
  token: { teamId: string | null; createdAt: Date; expiresAt: Date | null; createdById: string | null },
  now: Date,
): Promise<boolean> {
  if (teamTokenEnd(token) <= now) return false;
  // Tokens made before creators were recorded have none to check; they still end within the year.
  if (!token.createdById) return true;
  const creator = await loadPrincipal({ userId: token.createdById });
  return can(creator, "token:manage", { teamId: token.teamId });
}
