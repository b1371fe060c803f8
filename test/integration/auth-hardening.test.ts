// Issue 18, items 2, 3 and 8: sign-in limited per account as well as per address; nobody renames
// themselves (admins do, audited) and audit rows keep the name they were written under; a team
// token acts only while its creator may manage the team's tokens, and for at most a year; a
// personal token cannot hold a scope its owner lacks.
import { afterAll, describe, expect, it, vi } from "vitest";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { auth } from "@/lib/server/auth/auth";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { principalForToken } from "@/lib/server/auth/token-principal";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { renameUser } from "@/lib/server/members/rename-user";
import { setTeamRole } from "@/lib/server/members/set-team-role";
import { updateTeam } from "@/lib/server/teams/update-team";
import { createPersonalToken } from "@/lib/server/tokens/create-personal-token";
import { createTeamToken } from "@/lib/server/tokens/create-team-token";
import { createPerson, createTeam, PASSWORD, sessionCookie } from "./support/people";

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));

afterAll(async () => {
  await db().$disconnect();
});

const BASE = "http://localhost:3000";
let ipCounter = 0;
const newIp = () => `203.0.113.${(process.pid % 50) + ++ipCounter}`;

const authPost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  auth().handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": newIp(), ...headers },
      body: JSON.stringify(body),
    }),
  );

describe("sign-in per account", () => {
  it("pauses an account's sign-in after 10 failures from any addresses, without revealing whether it exists", async () => {
    const person = await createPerson();
    const statuses: number[] = [];
    // Each try from a fresh address: the per-address limit never triggers.
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await authPost("/sign-in/email", { email: person.email, password: "wrong password here" })).status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const right = await authPost("/sign-in/email", { email: person.email, password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another account is not affected; an unknown one is limited the same way.
    const other = await createPerson();
    expect((await authPost("/sign-in/email", { email: other.email, password: PASSWORD })).status).toBe(200);
    const ghost = `ghost-${Date.now()}@example.test`;
    for (let i = 0; i < 10; i++) await authPost("/sign-in/email", { email: ghost, password: "wrong password here" });
    expect((await authPost("/sign-in/email", { email: ghost.toUpperCase(), password: "x".repeat(12) })).status).toBe(
      429,
    );
  });
});

describe("names", () => {
  it("refuses better-auth's self-service update-user (a member cannot rename themselves)", async () => {
    const person = await createPerson({ name: "Mallory" });
    const cookie = await sessionCookie(person.email);
    const response = await authPost("/update-user", { name: "Alice Admin" }, { cookie });
    expect(response.status).toBe(404);
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("Mallory");
  });

  it("lets an admin rename someone, audited, and the trail keeps each row's name as written", async () => {
    const team = await createTeam();
    const admin = await loadPrincipal({ userId: (await createPerson({ orgRole: "ADMIN" })).id });
    const person = await createPerson({ name: "Bob Original", teams: [[team.id, "MAINTAINER"]] });
    const bob = await loadPrincipal({ userId: person.id });
    await runAuthorized(updateTeam, { slug: team.slug, description: "Before the rename." }, bob);

    expect(await runAuthorized(renameUser, { userId: person.id, name: "Robert New" }, admin)).toMatchObject({
      changed: true,
    });
    await expect(runAuthorized(renameUser, { userId: person.id, name: "Self" }, bob)).rejects.toThrow(/not allowed/);
    await runAuthorized(
      updateTeam,
      { slug: team.slug, description: "After the rename." },
      await loadPrincipal({ userId: person.id }),
    );

    const { rows } = await listAuditEvents({ actor: person.id }, { skip: 0, take: 10 });
    expect(rows.map((r) => [r.action, r.actor?.name, r.actor?.email])).toEqual([
      ["team.update", "Robert New", person.email],
      ["team.update", "Bob Original", person.email],
    ]);
    const rename = await db().auditEvent.findFirstOrThrow({ where: { action: "user.rename", targetId: person.id } });
    expect(rename).toMatchObject({ before: { name: "Bob Original" }, after: { name: "Robert New" } });
    expect(rename.actorName).toBe(admin?.name);
  });
});

describe("tokens", () => {
  it("a team token stops acting when its creator leaves the team (and works while they maintain it)", async () => {
    const team = await createTeam();
    const admin = await loadPrincipal({ userId: (await createPerson({ orgRole: "ADMIN" })).id });
    const maker = await createPerson({ teams: [[team.id, "MAINTAINER"]] });
    const created = await runAuthorized(
      createTeamToken,
      { name: "ci", teamId: team.id, scopes: ["catalog:write"], expiresIn: "30" },
      await loadPrincipal({ userId: maker.id }),
    );
    expect(await principalForToken(created.secret)).toMatchObject({ teamRoles: { [team.id]: "MAINTAINER" } });
    await runAuthorized(setTeamRole, { userId: maker.id, teamId: team.id, role: "MEMBER" }, admin);
    expect(await principalForToken(created.secret)).toBeNull();
    await runAuthorized(setTeamRole, { userId: maker.id, teamId: team.id, role: "MAINTAINER" }, admin);
    expect(await principalForToken(created.secret)).not.toBeNull();
    await db().user.update({ where: { id: maker.id }, data: { deactivatedAt: new Date() } });
    expect(await principalForToken(created.secret)).toBeNull();
  });

  it("a team token cannot be made without expiry, and none acts past a year", async () => {
    const team = await createTeam();
    const maintainer = await loadPrincipal({ userId: (await createPerson({ teams: [[team.id, "MAINTAINER"]] })).id });
    const error = await runAuthorized(
      createTeamToken,
      { name: "forever", teamId: team.id, scopes: ["catalog:write"], expiresIn: "never" },
      maintainer,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.expiresIn?.join(" ")).toMatch(/at most 365 days/);
    const year = await runAuthorized(
      createTeamToken,
      { name: "year", teamId: team.id, scopes: ["catalog:write"], expiresIn: "365" },
      maintainer,
    );
    const now = Date.now();
    expect(await principalForToken(year.secret, new Date(now + 364 * 86_400_000))).not.toBeNull();
    expect(await principalForToken(year.secret, new Date(now + 366 * 86_400_000))).toBeNull();
    // A token from before the limit, with no expiry at all, ends a year after it was made.
    await db().apiToken.update({
      where: { id: year.id },
      data: { expiresAt: null, lastUsedAt: new Date(now + 366 * 86_400_000) },
    });
    expect(await principalForToken(year.secret, new Date(now + 366 * 86_400_000))).toBeNull();
  });

  it("a personal token cannot hold a scope its owner lacks", async () => {
    const member = await loadPrincipal({ userId: (await createPerson()).id });
    const error = await runAuthorized(
      createPersonalToken,
      { name: "too much", scopes: ["catalog:write", "token:own"], expiresIn: "30" },
      member,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.scopes?.join(" ")).toMatch(/catalog:write/);
    expect(await db().apiToken.count({ where: { userId: member?.userId ?? "", name: "too much" } })).toBe(0);
    await expect(
      runAuthorized(createPersonalToken, { name: "mine", scopes: ["token:own"], expiresIn: "30" }, member),
    ).resolves.toMatchObject({ name: "mine" });
  });
});
