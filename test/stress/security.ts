// Probes of issue 18's security items against the running production server, over real HTTP:
// each sends what an attacker sent when the issue was filed and checks the answer (and, where
// something could have changed, the database). Runs last: its failed sign-ins use up the
// loopback address's sign-in budget for a minute.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/db/client";
import { PROXY_SESSION_HEADER } from "@/lib/server/auth/proxy-session";
import { PERMISSIONS, type Permission } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { DEMO_USERS } from "@/lib/server/seed/demo/people";
import type { Checks } from "./checks";
import type { StressWorld } from "./world";

interface Options {
  baseUrl: string;
  world: StressWorld;
  db: Db;
  /** The server's API_RATE_LIMIT_PER_MINUTE. */
  apiLimit: number;
}

async function token(
  db: Db,
  owner: { userId: string } | { teamId: string; createdById: string },
  scopes: readonly Permission[],
  createdAt?: Date,
) {
  const minted = mintApiToken();
  await db.apiToken.create({
    data: {
      name: `security probe ${minted.prefix}`,
      tokenHash: minted.hash,
      prefix: minted.prefix,
      scopes: [...scopes],
      ...owner,
      ...(createdAt ? { createdAt } : {}),
    },
  });
  return minted.secret;
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const short = (text: string) => text.replace(/\s+/g, " ").slice(0, 160);

export async function securityProbes(checks: Checks, { baseUrl, world, db, apiLimit }: Options): Promise<void> {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  const adminCookie = world.cookies[0] ?? "";
  // A fresh admin token: the fuzzer's may be near its minute's limit.
  const adminUser = await db.user.findFirstOrThrow({ where: { email: DEMO_USERS[0].email }, select: { id: true } });
  const adminToken = await token(db, { userId: adminUser.id }, PERMISSIONS);
  const memberCookie = world.cookies[2] ?? "";

  // 1. Open redirect after sign-in: a signed-in person sent to /sign-in?next=… is redirected there.
  for (const next of ["/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example/x", "/.\\/evil.example/x"]) {
    const res = await get(`/sign-in?next=${encodeURIComponent(next)}`, { cookie: adminCookie });
    const location = res.headers.get("location") ?? "";
    const target = location ? new URL(location, baseUrl) : null;
    checks.check(
      `1 open redirect: next=${next} stays on the site`,
      res.status >= 300 &&
        res.status < 400 &&
        target?.origin === new URL(baseUrl).origin &&
        !target.pathname.startsWith("//"),
      `${res.status} → ${location}`,
    );
  }

  // 2. Sign-in limits: per account (10 failures / 15 min) and per connection, whatever X-Forwarded-For says.
  const signIn = (email: string, spoof: string) =>
    fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": spoof },
      body: JSON.stringify({ email, password: "wrong password, probing" }),
    }).then((r) => r.status);
  const account = `probe-${Date.now()}@example.test`;
  const perAccount: number[] = [];
  for (let i = 0; i < 11; i++) perAccount.push(await signIn(account, `198.51.100.${i + 1}`));
  checks.check(
    "2 sign-in: an account is paused after 10 failures from 10 addresses",
    perAccount.slice(0, 10).every((s) => s === 401) && perAccount[10] === 429,
    perAccount.join(" "),
  );
  const spoofed: number[] = [];
  for (let i = 0; i < 12; i++)
    spoofed.push(await signIn(`probe-${i}-${Date.now()}@example.test`, `203.0.113.${i + 1}`));
  checks.check(
    "2 sign-in: a fresh spoofed X-Forwarded-For per try does not escape the per-address limit (20/min)",
    spoofed.includes(429),
    spoofed.join(" "),
  );

  // 3. Renaming yourself through better-auth's update-user endpoint.
  const member = await db.user.findFirstOrThrow({
    where: { email: DEMO_USERS[2].email },
    select: { id: true, name: true },
  });
  const rename = await fetch(`${baseUrl}/api/auth/update-user`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, cookie: memberCookie },
    body: JSON.stringify({ name: "Alice Admin" }),
  });
  const after = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { name: true } });
  checks.check(
    "3 a member cannot rename themselves (update-user is off)",
    rename.status >= 400 && rename.status < 500 && after.name === member.name,
    `${rename.status}; name ${after.name}`,
  );
  const unnamed = await db.auditEvent.count({
    where: { actorId: { not: null }, actorName: null, at: { gte: new Date(Date.now() - 15 * 60_000) } },
  });
  checks.check("3 audit rows written under load store the actor's name", unnamed === 0, `${unnamed} without a name`);

  // 4. A token without import rights cannot make the server parse a big YAML; per-token rate limit.
  const maintainer = await db.user.findFirstOrThrow({ where: { email: DEMO_USERS[1].email }, select: { id: true } });
  const usageOnly = await token(db, { userId: maintainer.id }, ["usage:write"]);
  const big = "key: [unclosed\n".repeat(320_000); // ~4.8 MB of broken YAML
  const imp = await fetch(`${baseUrl}/api/v1/catalog/import`, {
    method: "POST",
    headers: { ...bearer(usageOnly), "content-type": "application/json" },
    body: JSON.stringify({ files: [{ file: "big.yaml", text: big }], dryRun: true }),
  });
  checks.check(
    "4 a 4.8 MB import from a token without catalog:write is refused before parsing (403)",
    imp.status === 403,
    `${imp.status} ${short(await imp.text())}`,
  );
  const busy = await token(db, { userId: maintainer.id }, ["usage:write"]);
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let batch = 0; batch * 25 < apiLimit + 25; batch++) {
    const answers = await Promise.all(Array.from({ length: 25 }, () => get("/api/v1/me", bearer(busy))));
    for (const a of answers) {
      statuses.push(a.status);
      if (a.status === 429) retryAfter ??= a.headers.get("retry-after");
      await a.arrayBuffer();
    }
  }
  const ok = statuses.filter((s) => s === 200).length;
  checks.check(
    `4 one token gets ${apiLimit} API requests a minute, then 429 with Retry-After`,
    ok === apiLimit && statuses.filter((s) => s === 429).length === statuses.length - apiLimit && !!retryAfter,
    `${ok} × 200, ${statuses.length - ok} others, Retry-After ${retryAfter}`,
  );

  // 5. PUT without description keeps it.
  const team = await db.team.findFirstOrThrow({
    where: { slug: "team-ranking" },
    select: { description: true, name: true },
  });
  const put = await fetch(`${baseUrl}/api/v1/teams/team-ranking`, {
    method: "PUT",
    headers: { ...bearer(adminToken), "content-type": "application/json" },
    body: JSON.stringify({ name: team.name }),
  });
  const kept = await db.team.findFirstOrThrow({ where: { slug: "team-ranking" }, select: { description: true } });
  checks.check(
    "5 PUT /teams/{slug} without a description keeps it",
    put.status === 200 && kept.description === team.description,
    `${put.status}; ${short(kept.description)}`,
  );

  // 6. NUL bytes and invalid UTF-8 in paths and query strings: 400, never 500.
  for (const [label, path, headers] of [
    ["API path, NUL", "/api/v1/entities/models/a%00b", bearer(adminToken)],
    ["API path, invalid UTF-8", "/api/v1/entities/models/%FF%FE", bearer(adminToken)],
    ["API query, NUL", "/api/v1/entities?q=a%00b", bearer(adminToken)],
    ["API query, invalid UTF-8", "/api/v1/entities?q=%C0%AF", bearer(adminToken)],
    ["page path, NUL", "/catalog/models/a%00b", { cookie: adminCookie }],
    ["page query, NUL", "/catalog?q=a%00b", { cookie: adminCookie }],
    ["page path, invalid UTF-8", "/teams/%FF", { cookie: adminCookie }],
  ] as const) {
    const res = await get(path, headers);
    checks.check(`6 ${label} → 400`, res.status === 400, `${res.status} ${short(await res.text())}`);
  }

  // 7. The review Markdown export escapes raw HTML and javascript: links.
  const review = await db.review.create({
    data: {
      title: "Probe <script>alert(1)</script>",
      periodStart: new Date(Date.now() - 30 * 86_400_000),
      periodEnd: new Date(),
      notes: {
        create: { section: "summary", body: "[click](javascript:alert(1)) <img src=x onerror=alert(1)>" },
      },
    },
    select: { id: true },
  });
  const md = await get(`/review/${review.id}/export`, { cookie: adminCookie });
  const text = await md.text();
  checks.check(
    "7 review Markdown export has no raw HTML and no javascript: link",
    md.status === 200 && !/<(script|img)/i.test(text) && !/(?<!\\)\[[^\]]*(?<!\\)\]\(javascript:/i.test(text),
    `${md.status} ${short(text)}`,
  );

  // 8. A team token acts only while its creator maintains the team, and for at most a year.
  const probeTeam = await db.team.create({
    data: { slug: `probe-${Date.now().toString(36)}`, name: "Probe team" },
    select: { id: true },
  });
  const maker = await db.user.create({
    data: {
      name: "Probe maker",
      email: `maker-${Date.now()}@example.test`,
      memberships: { create: { teamId: probeTeam.id, role: "MAINTAINER" } },
    },
    select: { id: true },
  });
  const teamToken = await token(db, { teamId: probeTeam.id, createdById: maker.id }, ["catalog:write"]);
  const before = (await get("/api/v1/me", bearer(teamToken))).status;
  await db.membership.deleteMany({ where: { userId: maker.id, teamId: probeTeam.id } });
  const afterLeaving = (await get("/api/v1/me", bearer(teamToken))).status;
  checks.check(
    "8 a team token stops when its creator leaves the team",
    before === 200 && afterLeaving === 401,
    `${before} → ${afterLeaving}`,
  );
  const old = await token(
    db,
    { teamId: probeTeam.id, createdById: adminUser.id },
    ["catalog:write"],
    new Date(Date.now() - 400 * 86_400_000),
  );
  const oldStatus = (await get("/api/v1/me", bearer(old))).status;
  checks.check("8 a team token over a year old (no expiry set) is refused", oldStatus === 401, `${oldStatus}`);

  // 11. The session proxy.ts hands to the page (lib/server/auth/proxy-session.ts) cannot be forged:
  // claiming the admin in that header, with a guessed secret, gets nobody signed in, and a member
  // still a member.
  const forged = `${Buffer.from(randomBytes(32)).toString("base64url")}.${Buffer.from(
    JSON.stringify({ id: adminUser.id, name: "Avery Admin", email: DEMO_USERS[0].email, image: null }),
  ).toString("base64url")}`;
  const adminOnly = "read every team's tools and write every team's catalogue";
  const anonymous = await get("/settings/connectors", { [PROXY_SESSION_HEADER]: forged });
  const asMember = await get("/settings/connectors", { cookie: memberCookie, [PROXY_SESSION_HEADER]: forged });
  const memberBody = await asMember.text();
  const asAdmin = await (await get("/settings/connectors", { cookie: adminCookie })).text();
  checks.check(
    "11 a forged handed-session header signs nobody in and makes no member an admin",
    anonymous.status === 307 &&
      (anonymous.headers.get("location") ?? "").includes("/sign-in") &&
      asMember.status === 200 &&
      memberBody.includes(adminOnly) &&
      !asAdmin.includes(adminOnly),
    `anonymous ${anonymous.status} → ${anonymous.headers.get("location")}; member ${asMember.status}, ` +
      `sees the admin-only notice: ${memberBody.includes(adminOnly)}; admin sees it: ${asAdmin.includes(adminOnly)}`,
  );

  // 10. Headers.
  const page = await get("/sign-in");
  const api = await get("/api/v1/me", bearer(adminToken));
  checks.check(
    "10 no X-Powered-By; API responses are Cache-Control: no-store",
    !page.headers.has("x-powered-by") &&
      !api.headers.has("x-powered-by") &&
      api.headers.get("cache-control") === "no-store",
    `page x-powered-by ${page.headers.get("x-powered-by")}; api cache-control ${api.headers.get("cache-control")}`,
  );
}
