// Email-and-password sign-in through better-auth's HTTP handler, as the sign-in page uses it:
// cookie flags, generic failures, rate limiting, no open sign-up, origin checks, deactivated
// people, the session principal, and the demo credentials.
import { afterAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { auth, createAuth } from "@/lib/server/auth/auth";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { createPrismaClient, db } from "@/lib/server/db/client";
import { DEMO_PASSWORD, ensureDemoCredentials } from "@/lib/server/seed/demo-credentials";
import { DEMO_USERS } from "@/lib/server/seed/demo/people";
import { createScratchDatabase } from "./scratch-db";
import { createPerson, createTeam, PASSWORD, sessionCookie } from "./support/people";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));

afterAll(async () => {
  await db().$disconnect();
});

const BASE = "http://localhost:3000";
let ipCounter = 0;
/** Each test its own client address, so rate-limit buckets do not mix. */
const newIp = () => `198.51.100.${(process.pid % 50) + ++ipCounter}`;

function signIn(
  body: unknown,
  options: {
    ip?: string;
    origin?: string;
    headers?: Record<string, string>;
    handler?: (r: Request) => Promise<Response>;
    base?: string;
  } = {},
) {
  const base = options.base ?? BASE;
  return (options.handler ?? auth().handler)(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: options.origin ?? base,
        "x-forwarded-for": options.ip ?? newIp(),
        ...options.headers,
      },
      body: JSON.stringify(body),
    }),
  );
}

describe("email and password", () => {
  it("signs in with an httpOnly, SameSite=Lax session cookie (not Secure on http)", async () => {
    const person = await createPerson();
    const response = await signIn({ email: person.email, password: PASSWORD });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("debtboard.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("marks cookies Secure (and __Secure-) when served over https", async () => {
    const person = await createPerson();
    const secure = createAuth({
      db: db(),
      secret: process.env.BETTER_AUTH_SECRET!,
      baseURL: "https://debtboard.example.com",
    });
    const response = await signIn(
      { email: person.email, password: PASSWORD },
      { handler: secure.handler, base: "https://debtboard.example.com" },
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.includes("debtboard.session_token="));
    expect(cookie).toMatch(/^__Secure-debtboard\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const person = await createPerson();
    const wrong = await signIn({ email: person.email, password: "not the password at all" });
    const unknown = await signIn({ email: `nobody-${Date.now()}@example.test`, password: "not the password at all" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("limits sign-in attempts per client address (20 a minute)", async () => {
    const person = await createPerson();
    const ip = newIp();
    const statuses: number[] = [];
    // A different (unknown) account each time, so the per-account limit (10) never triggers.
    for (let i = 0; i < 21; i++)
      statuses.push(
        (await signIn({ email: `nobody-${i}-${Date.now()}@example.test`, password: "wrong password here" }, { ip }))
          .status,
      );
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses[20]).toBe(429);
    // Even the right password is refused until the window passes; another address is not affected.
    expect((await signIn({ email: person.email, password: PASSWORD }, { ip })).status).toBe(429);
    expect((await signIn({ email: person.email, password: PASSWORD })).status).toBe(200);
  });

  it.each([
    ["a cross-site fetch", { "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors", "sec-fetch-dest": "empty" }],
    [
      "a cross-site form post",
      { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" },
    ],
    ["a request carrying cookies", { cookie: "debtboard.session_token=x" }],
  ])("refuses %s from another origin (browsers send these headers)", async (_label, headers) => {
    const person = await createPerson();
    expect(
      (await signIn({ email: person.email, password: PASSWORD }, { origin: "https://evil.example", headers })).status,
    ).toBe(403);
  });

  it("has no open sign-up", async () => {
    const response = await auth().handler(
      new Request(`${BASE}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": newIp() },
        body: JSON.stringify({
          email: `new-${Date.now()}@example.test`,
          password: "a long enough password",
          name: "New",
        }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db().user.count({ where: { name: "New", email: { startsWith: "new-" } } })).toBe(0);
  });

  it("does not let a deactivated person sign in", async () => {
    const person = await createPerson();
    await db().user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    const response = await signIn({ email: person.email, password: PASSWORD });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(
      response.headers.getSetCookie().some((c) => c.startsWith("debtboard.session_token=") && !c.includes("Max-Age=0")),
    ).toBe(false);
  });
});

describe("the session principal", () => {
  it("is the signed-in person with fresh roles, and nobody after sign-out", async () => {
    const team = await createTeam();
    const person = await createPerson({ teams: [[team.id, "MAINTAINER"]] });
    request.cookie = await sessionCookie(person.email);
    expect(await getSessionPrincipal()).toMatchObject({
      userId: person.id,
      orgRole: "MEMBER",
      teamRoles: { [team.id]: "MAINTAINER" },
    });
    // Roles are read from the database on every request, not frozen into the session.
    await db().membership.update({
      where: { userId_teamId: { userId: person.id, teamId: team.id } },
      data: { role: "MEMBER" },
    });
    expect((await getSessionPrincipal())?.teamRoles[team.id]).toBe("MEMBER");
    await auth().api.signOut({ headers: new Headers({ cookie: request.cookie }) });
    expect(await getSessionPrincipal()).toBeNull();
    request.cookie = "";
  });

  it("is nobody without a cookie or with a forged one", async () => {
    request.cookie = "";
    expect(await getSessionPrincipal()).toBeNull();
    request.cookie = "debtboard.session_token=forged.signature";
    expect(await getSessionPrincipal()).toBeNull();
    request.cookie = "";
  });
});

describe("demo credentials", () => {
  it("gives the demo people the demo password through better-auth's hasher, idempotently", async () => {
    const scratch = await createScratchDatabase();
    const scratchDb = createPrismaClient(scratch.url, 2);
    try {
      for (const u of DEMO_USERS)
        await scratchDb.user.create({
          data: { email: u.email, name: u.name, emailVerified: true, orgRole: u.orgRole },
        });
      expect(await ensureDemoCredentials(scratchDb)).toEqual({ set: 3, kept: 0 });
      expect(await ensureDemoCredentials(scratchDb)).toEqual({ set: 0, kept: 3 });
      const accounts = await scratchDb.account.findMany({ select: { providerId: true, password: true } });
      expect(accounts).toHaveLength(3);
      for (const a of accounts) {
        expect(a.providerId).toBe("credential");
        expect(a.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // scrypt salt:key, never the password
        expect(await verifyPassword({ hash: a.password!, password: DEMO_PASSWORD })).toBe(true);
      }
    } finally {
      await scratchDb.$disconnect();
      await scratch.drop();
    }
  });
});
