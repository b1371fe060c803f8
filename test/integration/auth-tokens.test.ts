// API tokens: only a hash is stored, scopes limit what a token may do, revoked and expired
// tokens stop working, personal tokens act as their owner and team tokens as a maintainer of
// their team, and last use is recorded without a write on every call.
import { afterAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { can } from "@/lib/domain/auth/permissions";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { createPersonalToken } from "@/lib/server/tokens/create-personal-token";
import { createTeamToken } from "@/lib/server/tokens/create-team-token";
import { hashApiToken } from "@/lib/server/auth/api-token";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { getRequestPrincipal } from "@/lib/server/auth/session";
import { principalForToken } from "@/lib/server/auth/token-principal";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { apiRequest, createPerson, createTeam, createToken, routeContext } from "./support/people";

afterAll(async () => {
  await db().$disconnect();
});

const bearer = (secret: string) =>
  new Request("http://localhost:3000/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });

describe("creating a token", () => {
  it("stores only the sha256 and a prefix, and shows the secret once", async () => {
    const user = await createPerson({ teams: [[(await createTeam()).id, "MAINTAINER"]] });
    const principal = await loadPrincipal({ userId: user.id });
    const created = await runAuthorized(
      createPersonalToken,
      { name: "laptop", scopes: ["catalog:write", "usage:write"], expiresIn: "30" },
      principal,
    );

    expect(created.secret).toMatch(/^dbt_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.secret));
    expect(row.prefix).toBe(created.secret.slice(0, 12));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const audit = await db().auditEvent.findMany({ where: { targetId: created.id } });
    expect(audit.map((a) => a.action)).toEqual(["token.create"]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
    expect(row.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it("refuses to let a token create tokens", async () => {
    const user = await createPerson();
    const token = await createToken({ userId: user.id }, ["token:own"]);
    const viaToken = await principalForToken(token.secret);
    await expect(
      runAuthorized(createPersonalToken, { name: "minted", scopes: ["token:own"] }, viaToken),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().apiToken.count({ where: { name: "minted", userId: user.id } })).toBe(0);
  });

  it("keeps organisation-wide scopes off team tokens", async () => {
    const team = await createTeam();
    const maintainer = await loadPrincipal({ userId: (await createPerson({ teams: [[team.id, "MAINTAINER"]] })).id });
    await expect(
      runAuthorized(createTeamToken, { name: "ci", teamId: team.id, scopes: ["org:admin"] }, maintainer),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      runAuthorized(createTeamToken, { name: "ci", teamId: team.id, scopes: [] }, maintainer),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db().apiToken.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe("a token's principal", () => {
  it("acts as its owner, limited to its scopes", async () => {
    const team = await createTeam();
    const user = await createPerson({ teams: [[team.id, "MAINTAINER"]] });
    const token = await createToken({ userId: user.id }, ["catalog:write"]);
    const principal = await getRequestPrincipal(bearer(token.secret));
    expect(principal).toMatchObject({
      userId: user.id,
      teamRoles: { [team.id]: "MAINTAINER" },
      token: { id: token.id, scopes: ["catalog:write"] },
    });
    expect(can(principal, "catalog:write", { teamId: team.id })).toBe(true);
    expect(can(principal, "assessment:submit", { teamId: team.id })).toBe(false);
  });

  it("never exceeds its owner, whatever its scopes", async () => {
    const team = await createTeam();
    const member = await createPerson({ teams: [[team.id, "MEMBER"]] });
    const token = await createToken({ userId: member.id }, ["catalog:write", "org:admin"]);
    const principal = await getRequestPrincipal(bearer(token.secret));
    expect(can(principal, "catalog:write", { teamId: team.id })).toBe(false);
    expect(can(principal, "org:admin", { teamId: null })).toBe(false);
  });

  it("a team token acts as a maintainer of its team only", async () => {
    const [team, other] = await Promise.all([createTeam(), createTeam()]);
    const token = await createToken({ teamId: team.id }, ["catalog:write"]);
    const principal = await getRequestPrincipal(bearer(token.secret));
    expect(principal).toMatchObject({ userId: null, orgRole: "MEMBER", teamRoles: { [team.id]: "MAINTAINER" } });
    expect(can(principal, "catalog:write", { teamId: team.id })).toBe(true);
    expect(can(principal, "catalog:write", { teamId: other.id })).toBe(false);
    await db().team.update({ where: { id: team.id }, data: { archivedAt: new Date() } });
    expect(await getRequestPrincipal(bearer(token.secret))).toBeNull();
  });

  it.each([
    ["revoked", { revokedAt: new Date() }],
    ["expired", { expiresAt: new Date(Date.now() - 1000) }],
  ])("refuses a %s token", async (_label, extra) => {
    const user = await createPerson();
    const token = await createToken({ userId: user.id }, ["catalog:write"], extra);
    expect(await getRequestPrincipal(bearer(token.secret))).toBeNull();
  });

  it("stops working the moment it is revoked, and over the API says 401", async () => {
    const user = await createPerson();
    const token = await createToken({ userId: user.id }, ["token:own"]);
    expect((await me(apiRequest("GET", "/api/v1/me", token.secret), routeContext({}))).status).toBe(200);
    await db().apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    const refused = await me(apiRequest("GET", "/api/v1/me", token.secret), routeContext({}));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("refuses a deactivated owner's token", async () => {
    const user = await createPerson();
    const token = await createToken({ userId: user.id }, ["catalog:write"]);
    await db().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await getRequestPrincipal(bearer(token.secret))).toBeNull();
  });

  it.each([
    ["no header", {}],
    ["a session cookie instead", { cookie: "debtboard.session_token=abc" }],
    ["basic auth", { authorization: "Basic dXNlcjpwYXNz" }],
    ["a malformed token", { authorization: "Bearer dbt_short" }],
    ["an unknown token", { authorization: `Bearer dbt_${"x".repeat(43)}` }],
  ])("gives nobody for %s", async (_label, headers) => {
    expect(await getRequestPrincipal(new Request("http://localhost:3000/api/v1/me", { headers }))).toBeNull();
  });

  it("records last use at most once a minute", async () => {
    const user = await createPerson();
    const token = await createToken({ userId: user.id }, ["catalog:write"]);
    const t0 = new Date();
    await principalForToken(token.secret, t0);
    const first = (await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(first?.getTime()).toBe(t0.getTime());
    await principalForToken(token.secret, new Date(t0.getTime() + 30_000));
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(
      t0.getTime(),
    );
    const later = new Date(t0.getTime() + 61_000);
    await principalForToken(token.secret, later);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(
      later.getTime(),
    );
  });

  it("GET /api/v1/me reports the principal", async () => {
    const team = await createTeam();
    const token = await createToken({ teamId: team.id }, ["usage:write"]);
    const response = await me(apiRequest("GET", "/api/v1/me", token.secret), routeContext({}));
    expect(await response.json()).toEqual({
      userId: null,
      name: expect.stringContaining("team token"),
      orgRole: "MEMBER",
      teamRoles: { [team.id]: "MAINTAINER" },
      token: { id: token.id, scopes: ["usage:write"] },
    });
  });

  it("signed-out API calls are told to send a token", async () => {
    const response = await me(apiRequest("GET", "/api/v1/me", null), routeContext({}));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: "unauthenticated", message: expect.stringContaining("Bearer") },
    });
  });
});
