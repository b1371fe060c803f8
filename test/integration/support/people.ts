// Test data for the auth tests: people, teams, sessions and tokens with unique names, made
// through the same code paths the app uses (better-auth's hasher and sign-in, our token minting).
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { OrgRole, Permission, TeamRole } from "@/lib/domain/auth/permissions";
import { auth } from "@/lib/server/auth/auth";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";

export const uniq = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export async function createTeam(name = uniq("team")) {
  return db().team.create({ data: { slug: name, name }, select: { id: true, slug: true, name: true } });
}

export async function createPerson(
  options: { orgRole?: OrgRole; teams?: [string, TeamRole][]; password?: boolean; name?: string } = {},
) {
  const handle = uniq("person");
  const user = await db().user.create({
    data: {
      name: options.name ?? handle,
      email: `${handle}@example.test`,
      emailVerified: true,
      orgRole: options.orgRole ?? "MEMBER",
      memberships: { create: (options.teams ?? []).map(([teamId, role]) => ({ teamId, role })) },
    },
    select: { id: true, name: true, email: true },
  });
  if (options.password ?? true) {
    passwordHash ??= hashPassword(PASSWORD);
    await db().account.create({
      data: { userId: user.id, providerId: "credential", accountId: user.id, password: await passwordHash },
    });
  }
  return user;
}

/** Signs in through better-auth and returns the Cookie header a browser would send. */
export async function sessionCookie(email: string): Promise<string> {
  const response = await auth().api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export async function createToken(
  owner: { userId: string } | { teamId: string },
  scopes: readonly Permission[],
  extra: { expiresAt?: Date; revokedAt?: Date } = {},
) {
  const minted = mintApiToken();
  const row = await db().apiToken.create({
    data: {
      name: uniq("token"),
      tokenHash: minted.hash,
      prefix: minted.prefix,
      scopes: [...scopes],
      ...owner,
      ...extra,
    },
    select: { id: true },
  });
  return { id: row.id, secret: minted.secret };
}

/** A Request as a script would send it to /api/v1. */
export function apiRequest(method: string, path: string, token: string | null, body?: unknown): Request {
  return new Request(`http://localhost:3000${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const routeContext = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
