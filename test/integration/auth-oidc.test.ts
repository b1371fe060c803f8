// Single sign-on through a real OpenID Connect provider (oidc-provider on loopback), over HTTP:
// the app (better-auth's handler behind a Node server, as in production) starts the
// authorization-code flow, the provider signs the person in, the callback exchanges the code
// (PKCE, state, nonce, ID token checked against the provider's keys) and ends with a session for
// the mapped user.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "better-auth/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, OIDC_PROVIDER_ID, type Auth } from "@/lib/server/auth/auth";
import { createPrismaClient, db, type Db } from "@/lib/server/db/client";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";
import { startTestIdp, type IdpAccount, type TestIdp } from "./support/oidc-idp";
import { createPerson, createTeam, uniq } from "./support/people";

interface App {
  base: string;
  auth: Auth;
  db: Db;
  close(): Promise<void>;
}

/** better-auth's handler behind a Node HTTP server on a free port, like `next start` serves it. */
async function startApp(): Promise<{ base: string; serve: (auth: Auth) => void; close: () => Promise<void> }> {
  let handler: ReturnType<typeof toNodeHandler> | null = null;
  const server = http.createServer((req, res) => (handler ? void handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve: (auth) => {
      handler = toNodeHandler(auth);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookie jar, per origin, just enough for this flow. */
class Jar {
  private readonly cookies = new Map<string, Map<string, string>>();
  store(url: string, response: Response) {
    const jar = this.cookies.get(new URL(url).origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    }
    this.cookies.set(new URL(url).origin, jar);
  }
  header(url: string): string {
    return [...(this.cookies.get(new URL(url).origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Clicks through single sign-on like a browser: start at the app, follow every redirect. */
async function signInWithSso(app: App, idp: TestIdp, account: IdpAccount) {
  const jar = new Jar();
  const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  idp.signInAs(account);
  const start = await fetch(`${app.base}/api/auth/sign-in/social`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.base, "x-forwarded-for": ip },
    body: JSON.stringify({
      provider: OIDC_PROVIDER_ID,
      callbackURL: "/welcome",
      errorCallbackURL: "/sign-in?error=sso",
      disableRedirect: true,
    }),
  });
  expect(start.status).toBe(200);
  jar.store(app.base, start);
  let url = ((await start.json()) as { url: string }).url;
  expect(url.startsWith(idp.issuer)).toBe(true);
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: jar.header(url), ...(url.startsWith(app.base) ? { "x-forwarded-for": ip } : {}) },
    });
    jar.store(url, response);
    const location = response.headers.get("location");
    if (!location)
      throw new Error(
        `${url} answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`,
      );
    const nextUrl = new URL(location, url).toString();
    if (nextUrl.startsWith(app.base) && !new URL(nextUrl).pathname.startsWith("/api/auth")) {
      return { landedOn: new URL(nextUrl).pathname + new URL(nextUrl).search, cookie: jar.header(app.base) };
    }
    url = nextUrl;
  }
  throw new Error("too many redirects");
}

const secret = () => process.env.BETTER_AUTH_SECRET!;
let idp: TestIdp;
let app: App;
let freshApp: App;
let scratch: ScratchDatabase;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const [main, fresh] = await Promise.all([startApp(), startApp()]);
  closers.push(main.close, fresh.close);
  idp = await startTestIdp({
    redirectUris: [main.base, fresh.base].map((b) => `${b}/api/auth/callback/${OIDC_PROVIDER_ID}`),
  });
  closers.push(idp.close);
  const oidc = { issuerUrl: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, name: "Test IdP" };

  app = {
    base: main.base,
    db: db(),
    auth: createAuth({ db: db(), secret: secret(), baseURL: main.base, oidc }),
    close: main.close,
  };
  main.serve(app.auth);

  // A second app on an empty database, for "the first person becomes the admin".
  scratch = await createScratchDatabase();
  const scratchDb = createPrismaClient(scratch.url, 2);
  closers.push(async () => {
    await scratchDb.$disconnect();
    await scratch.drop();
  });
  freshApp = {
    base: fresh.base,
    db: scratchDb,
    auth: createAuth({ db: scratchDb, secret: secret(), baseURL: fresh.base, oidc }),
    close: fresh.close,
  };
  fresh.serve(freshApp.auth);
});

afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  await db().$disconnect();
});

describe("single sign-on (OpenID Connect, authorization code + PKCE)", () => {
  it("signs an existing person in and links their SSO account, keeping their roles", async () => {
    const team = await createTeam();
    const person = await createPerson({ teams: [[team.id, "MAINTAINER"]], password: false });
    const sub = uniq("sub");
    const result = await signInWithSso(app, idp, { sub, email: person.email, name: "Name From IdP" });

    expect(result.landedOn).toBe("/welcome");
    const session = await app.auth.api.getSession({ headers: new Headers({ cookie: result.cookie }) });
    expect(session?.user).toMatchObject({ id: person.id, email: person.email });
    const account = await db().account.findFirst({
      where: { userId: person.id, providerId: OIDC_PROVIDER_ID },
      select: { accountId: true, accessToken: true },
    });
    expect(account?.accountId).toBe(sub);
    // The provider's tokens are stored encrypted (hex ciphertext), not as the opaque token it issued.
    expect(account?.accessToken).toMatch(/^[0-9a-f]{100,}$/);
    expect(await db().membership.findFirst({ where: { userId: person.id, teamId: team.id } })).toMatchObject({
      role: "MAINTAINER",
    });
    expect(await db().auditEvent.findFirst({ where: { targetId: person.id, action: "auth.sign-in" } })).toMatchObject({
      after: { via: "sso" },
    });

    // Signing in again finds the same person through the linked account.
    const again = await signInWithSso(app, idp, { sub, email: person.email, name: "Name From IdP" });
    const second = await app.auth.api.getSession({ headers: new Headers({ cookie: again.cookie }) });
    expect(second?.user.id).toBe(person.id);
    expect(await db().user.count({ where: { email: person.email } })).toBe(1);
  });

  it("creates a member account for someone new", async () => {
    const email = `${uniq("newcomer")}@example.test`;
    const result = await signInWithSso(app, idp, { sub: uniq("sub"), email, name: "Nora Newcomer" });
    expect(result.landedOn).toBe("/welcome");
    const user = await db().user.findUnique({
      where: { email },
      select: { name: true, orgRole: true, memberships: true },
    });
    expect(user).toEqual({ name: "Nora Newcomer", orgRole: "MEMBER", memberships: [] });
  });

  it("does not take over an existing account when the provider has not verified the email", async () => {
    const person = await createPerson({ password: false });
    const result = await signInWithSso(app, idp, {
      sub: uniq("sub"),
      email: person.email,
      name: "Mallory",
      emailVerified: false,
    });
    expect(result.landedOn).toMatch(/^\/sign-in\?error=/);
    expect(await app.auth.api.getSession({ headers: new Headers({ cookie: result.cookie }) })).toBeNull();
    expect(await db().account.count({ where: { userId: person.id, providerId: OIDC_PROVIDER_ID } })).toBe(0);
  });

  it("makes the very first person on an empty database an organisation admin, and nobody after", async () => {
    const first = await signInWithSso(freshApp, idp, {
      sub: uniq("sub"),
      email: "founder@example.test",
      name: "Fran Founder",
    });
    const second = await signInWithSso(freshApp, idp, {
      sub: uniq("sub"),
      email: "second@example.test",
      name: "Sid Second",
    });
    expect(first.landedOn).toBe("/welcome");
    expect(second.landedOn).toBe("/welcome");
    const users = await freshApp.db.user.findMany({
      select: { email: true, orgRole: true },
      orderBy: { createdAt: "asc" },
    });
    expect(users).toEqual([
      { email: "founder@example.test", orgRole: "ADMIN" },
      { email: "second@example.test", orgRole: "MEMBER" },
    ]);
  });

  it("refuses a callback that did not start here (forged state)", async () => {
    const response = await fetch(`${app.base}/api/auth/callback/${OIDC_PROVIDER_ID}?code=stolen&state=forged`, {
      redirect: "manual",
      headers: { "x-forwarded-for": "203.0.113.250" },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/error/);
    expect(response.headers.getSetCookie().some((c) => c.includes("session_token=") && !/max-age=0/i.test(c))).toBe(
      false,
    );
  });
});
