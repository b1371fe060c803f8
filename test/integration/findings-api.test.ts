// The findings read API and triage over real HTTP (a loopback server in front of the route
// handlers) with real tokens: the list with the /findings page's filters and pagination, one
// finding with its members, lifecycle and history, accept / reopen through the triage UI's own
// definitions (scope signal:triage and the finding's team's maintainers), and the refusals:
// 401 without a token, 403 for a narrow scope, a member, another team's token, 400 for bad
// parameters or a missing justification, 404 for unknown ids, 409 for a finding already accepted.
// Expected numbers are read from the database with queries of their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listFindings } from "@/app/api/v1/findings/route";
import { GET as getFinding } from "@/app/api/v1/findings/[id]/route";
import { POST as acceptFinding } from "@/app/api/v1/findings/[id]/accept/route";
import { POST as reopenFinding } from "@/app/api/v1/findings/[id]/reopen/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { PERMISSIONS, type Principal } from "@/lib/domain/auth/permissions";
import { TEAM_TOKEN_SCOPES } from "@/lib/domain/auth/token-policy";
import type { SignalKind, SignalStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import { createEntity } from "@/lib/server/seed/factories";
import { makeAdmin, makeMaintainer, makeTeam, uid } from "./catalog-fixtures";
import { apiClient, mintToken, type Json } from "./support/api-client";
import { startRouteServer, type RouteServer } from "./support/route-server";

let server: RouteServer;
const api = apiClient(() => server);
let team: { id: string; slug: string };
let other: { id: string; slug: string };
let maintainer: Principal;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let members: { kind: string; name: string }[] = [];
const justification = "Known and planned: the owners retire this pipeline next quarter.";

async function signal(
  teamId: string | null,
  kind: SignalKind,
  status: SignalStatus,
  memberIds: string[],
  firstSeenAt: Date,
): Promise<string> {
  const fingerprint = `api-${uid()}`;
  const s = await db().signal.create({
    data: {
      kind,
      fingerprint,
      teamId,
      title: `Finding ${fingerprint}`,
      status,
      firstSeenAt,
      lastSeenAt: new Date(firstSeenAt.getTime() + 86_400_000),
      evidence: { note: "made by the test" },
      ...(status === "ACCEPTED" ? { justification, acceptedAt: new Date() } : {}),
      ...(status === "RESOLVED" ? { resolvedAt: new Date() } : {}),
      members: { create: memberIds.map((entityId, position) => ({ entityId, position })) },
    },
    select: { id: true },
  });
  return s.id;
}

beforeAll(async () => {
  team = await makeTeam("find");
  other = await makeTeam("findo");
  maintainer = await makeMaintainer([team.id]);
  const admin = await makeAdmin();
  const member = await db().user.create({ data: { name: "Member", email: `${uid()}@example.test` } });
  await db().membership.create({ data: { userId: member.id, teamId: team.id, role: "MEMBER" } });
  tokens.maintainer = await mintToken(maintainer, PERMISSIONS);
  tokens.narrow = await mintToken(maintainer, ["usage:write"]);
  tokens.member = await mintToken({ ...maintainer, userId: member.id }, PERMISSIONS);
  tokens.admin = await mintToken(admin, PERMISSIONS);
  tokens.teamToken = await mintToken(null, TEAM_TOKEN_SCOPES, team.id);
  tokens.otherTeam = await mintToken(null, TEAM_TOKEN_SCOPES, other.id);

  const source = await createEntity(db(), { kind: "DATA_SOURCE", teamId: team.id });
  const feature = await createEntity(db(), { kind: "FEATURE", teamId: team.id });
  const model = await createEntity(db(), { kind: "MODEL", teamId: team.id });
  const foreign = await createEntity(db(), { kind: "MODEL", teamId: other.id });
  const path = [source, feature, model];
  members = path.map((e) => ({ kind: e.kind, name: e.name }));
  const day = (n: number) => new Date(Date.UTC(2026, 5, n));
  ids.open1 = await signal(
    team.id,
    "STALE_ASSESSMENT",
    "OPEN",
    path.map((e) => e.id),
    day(1),
  );
  ids.open2 = await signal(team.id, "STALE_ASSESSMENT", "OPEN", [model.id], day(2));
  ids.open3 = await signal(team.id, "STALE_ASSESSMENT", "OPEN", [feature.id], day(3));
  ids.orphan = await signal(team.id, "ORPHAN", "OPEN", [source.id], day(4));
  ids.accepted = await signal(team.id, "STALE_ASSESSMENT", "ACCEPTED", [model.id], day(5));
  ids.resolved = await signal(team.id, "STALE_ASSESSMENT", "RESOLVED", [model.id], day(6));
  // Filed under the other team but touching this team's model: a team filter finds it too.
  ids.touching = await signal(other.id, "STALE_ASSESSMENT", "OPEN", [foreign.id, model.id], day(7));
  ids.foreign = await signal(other.id, "STALE_ASSESSMENT", "OPEN", [foreign.id], day(8));
  ids.unowned = await signal(null, "ORPHAN", "OPEN", [], day(9));

  server = await startRouteServer({
    "/findings": listFindings,
    "/findings/[id]": getFinding,
    "/findings/[id]/accept": acceptFinding,
    "/findings/[id]/reopen": reopenFinding,
  });
});
afterAll(async () => {
  await server.close();
  await db().$disconnect();
});

/** The findings of a team the way the page counts them: filed under it or involving its entities. */
const ofTeam = (teamId: string) => ({
  OR: [{ teamId }, { members: { some: { entity: { teamId } } } }],
});

describe("GET /findings", () => {
  it("lists the caller's teams' open findings by default, with totals and per-kind counts from the database", async () => {
    const r = await api.get("/findings", tokens.maintainer!);
    expect(r.status).toBe(200);
    const body = r.json as { items: Json[]; total: number; countsByKind: Record<string, number>; filters: Json };
    expect(body.filters).toEqual({ kind: null, team: "mine", status: "open" });
    const where = { status: "OPEN" as const, ...ofTeam(team.id) };
    expect(body.total).toBe(await db().signal.count({ where }));
    expect(body.total).toBe(5);
    const byKind = await db().signal.groupBy({ by: ["kind"], where, _count: { _all: true } });
    expect(body.countsByKind).toEqual(Object.fromEntries(byKind.map((k) => [k.kind, k._count._all])));
    expect(body.items.map((i) => i.id).sort()).toEqual(
      [ids.open1, ids.open2, ids.open3, ids.orphan, ids.touching].sort(),
    );
    const first = body.items.find((i) => i.id === ids.open1)!;
    expect(first).toMatchObject({
      kind: "STALE_ASSESSMENT",
      kindParam: "stale-assessment",
      status: "OPEN",
      team: team.slug,
      memberCount: 3,
      firstSeenAt: "2026-06-01T00:00:00.000Z",
      lastSeenAt: "2026-06-02T00:00:00.000Z",
      evidence: { note: "made by the test" },
    });
    expect((first.members as Json[]).map((m) => ({ kind: m.kind, name: m.name }))).toEqual(members);
  });

  it("filters by kind, team and status, and pages in the page's order", async () => {
    const kindOnly = await api.get(`/findings?team=${team.slug}&kind=orphan`, tokens.maintainer!);
    expect((kindOnly.json.items as Json[]).map((i) => i.id)).toEqual([ids.orphan]);

    const all = await api.get(`/findings?team=${team.slug}&status=all&kind=stale-assessment`, tokens.maintainer!);
    const expected = await db().$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "Signal" s
      WHERE s."kind" = 'STALE_ASSESSMENT' AND (s."teamId" = ${team.id} OR EXISTS (
        SELECT 1 FROM "SignalMember" m JOIN "Entity" e ON e."id" = m."entityId"
        WHERE m."signalId" = s."id" AND e."teamId" = ${team.id}))
      ORDER BY s."firstSeenAt" DESC, s."id"`;
    expect((all.json.items as Json[]).map((i) => i.id)).toEqual(expected.map((e) => e.id));
    expect(all.json.total).toBe(6);

    const page2 = await api.get(
      `/findings?team=${team.slug}&status=all&kind=stale-assessment&limit=2&page=2`,
      tokens.maintainer!,
    );
    expect(page2.json).toMatchObject({ page: 2, limit: 2, total: 6 });
    expect((page2.json.items as Json[]).map((i) => i.id)).toEqual(expected.slice(2, 4).map((e) => e.id));

    const accepted = await api.get(`/findings?team=${team.slug}&status=accepted`, tokens.maintainer!);
    expect(accepted.json.items as Json[]).toEqual([
      expect.objectContaining({ id: ids.accepted, status: "ACCEPTED", justification }),
    ]);
    const none = await api.get(`/findings?team=none`, tokens.maintainer!);
    expect((none.json.items as Json[]).map((i) => i.id)).toContain(ids.unowned);
    expect((none.json.items as Json[]).every((i) => i.team === null)).toBe(true);
  });

  it("shows a team token its own team by default, and every team's on team=all", async () => {
    const own = await api.get("/findings", tokens.otherTeam!);
    expect((own.json.items as Json[]).map((i) => i.id).sort()).toEqual([ids.touching, ids.foreign].sort());
    const all = await api.get("/findings?team=all", tokens.otherTeam!);
    expect(all.json.total).toBe(await db().signal.count({ where: { status: "OPEN" } }));
  });

  it.each([
    ["kind=nonsense", /^kind: must be one of correction-cascade, .*stale-assessment/],
    ["status=weird", /^status: must be one of open, accepted, resolved, all/],
    ["page=0", /^page: must be a whole number from 1/],
    ["page=abc", /^page: must be a whole number from 1/],
    ["limit=500", /^limit: must be from 1 to 200/],
    ["team=no-such-team", /^team: no team has the slug "no-such-team"/],
  ])("refuses %s with 400 naming the parameter", async (query, message) => {
    const r = await api.get(`/findings?${query}`, tokens.maintainer!);
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("invalid");
    expect(r.json.error?.message).toMatch(message);
  });

  it("needs a valid token (401)", async () => {
    for (const bearer of [null, "dbt_not-a-real-token"]) {
      const r = await api.get("/findings", bearer);
      expect(r.status).toBe(401);
      expect(r.json.error?.code).toBe("unauthenticated");
    }
  });
});

describe("GET /findings/{id}", () => {
  it("gives one finding with every member in order, its lifecycle and the items it pre-fills", async () => {
    const r = await api.get(`/findings/${ids.open1}`, tokens.narrow!);
    expect(r.status).toBe(200);
    const row = await db().signal.findUniqueOrThrow({ where: { id: ids.open1 } });
    expect(r.json).toMatchObject({
      id: ids.open1,
      title: row.title,
      status: "OPEN",
      team: team.slug,
      justification: null,
      acceptedAt: null,
      resolvedAt: null,
      firstSeenAt: row.firstSeenAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      memberCount: 3,
      history: [],
      actionItems: [],
    });
    expect((r.json.members as Json[]).map((m) => ({ kind: m.kind, name: m.name, team: m.team }))).toEqual(
      members.map((m) => ({ ...m, team: team.slug })),
    );
    const resolved = await api.get(`/findings/${ids.resolved}`, tokens.maintainer!);
    expect(resolved.json.status).toBe("RESOLVED");
    expect(resolved.json.resolvedAt).toEqual(expect.any(String));
  });

  it("answers 404 for an unknown id and 401 without a token", async () => {
    const r = await api.get(`/findings/no-such-finding`, tokens.maintainer!);
    expect(r.status).toBe(404);
    expect(r.json.error).toEqual({ code: "not_found", message: "That finding was not found." });
    expect((await api.get(`/findings/${ids.open1}`, null)).status).toBe(401);
  });
});

describe("POST /findings/{id}/accept and /reopen", () => {
  it("accepts with a justification and reopens, as the triage UI does: row, audit trail and history", async () => {
    const accepted = await api.post(`/findings/${ids.open2}/accept`, tokens.maintainer!, { justification });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({
      id: ids.open2,
      status: "ACCEPTED",
      justification,
      acceptedBy: maintainer.name,
    });
    const row = await db().signal.findUniqueOrThrow({ where: { id: ids.open2 } });
    expect(row).toMatchObject({ status: "ACCEPTED", justification, acceptedById: maintainer.userId });
    expect(accepted.json.acceptedAt).toBe(row.acceptedAt?.toISOString());

    const again = await api.post(`/findings/${ids.open2}/accept`, tokens.maintainer!, { justification });
    expect(again.status).toBe(409);
    expect(again.json.error?.message).toBe("This finding is already accepted.");

    const missing = await api.post(`/findings/${ids.open2}/reopen`, tokens.teamToken!);
    expect(missing.status).toBe(400);
    expect(missing.json.error?.message).toBe(
      "justification: Say why this needs attention again, in at least 10 characters.",
    );
    const reason = "The retirement slipped a quarter; it needs a plan again.";
    const reopened = await api.post(`/findings/${ids.open2}/reopen`, tokens.teamToken!, { justification: reason });
    expect(reopened.status).toBe(200);
    expect(reopened.json).toMatchObject({ status: "OPEN", justification: null, acceptedAt: null });
    const audit = await db().auditEvent.findMany({
      where: { targetType: "Signal", targetId: ids.open2 },
      orderBy: { at: "asc" },
      select: { action: true, actorName: true, tokenId: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["signal.accept", "signal.reopen"]);
    expect(audit.every((a) => a.tokenId !== null)).toBe(true);
    expect((reopened.json.history as Json[]).map((h) => [h.action, h.by, h.justification])).toEqual([
      ["signal.accept", maintainer.name, justification],
      ["signal.reopen", audit[1]!.actorName, reason],
    ]);
  });

  it("refuses a missing or short justification (400) and changes nothing", async () => {
    for (const body of [{}, { justification: "too short" }]) {
      const r = await api.post(`/findings/${ids.open3}/accept`, tokens.maintainer!, body);
      expect(r.status).toBe(400);
      expect(r.json.error?.message).toBe(
        "Invalid input. justification: Say why this is acceptable, in at least 10 characters.",
      );
    }
    const bad = await api.post(`/findings/${ids.open3}/accept`, tokens.maintainer!, { justification: 42 });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toMatch(/^Invalid input\. justification: /);
    expect((await db().signal.findUniqueOrThrow({ where: { id: ids.open3 } })).status).toBe("OPEN");
  });

  it("refuses without a token (401), a narrow scope, a member, another team's token (403), unknown ids (404)", async () => {
    const path = `/findings/${ids.open3}/accept`;
    expect((await api.post(path, null, { justification })).status).toBe(401);
    for (const who of ["narrow", "member", "otherTeam"]) {
      const r = await api.post(path, tokens[who]!, { justification });
      expect([who, r.status, r.json.error?.code]).toEqual([who, 403, "forbidden"]);
    }
    // A finding of no team is for admins only.
    expect((await api.post(`/findings/${ids.unowned}/accept`, tokens.maintainer!, { justification })).status).toBe(403);
    expect((await db().signal.findUniqueOrThrow({ where: { id: ids.open3 } })).status).toBe("OPEN");
    expect(await db().auditEvent.count({ where: { targetId: ids.open3 } })).toBe(0);
    // The body is read before the id is looked up: a malformed one is a 400 whatever the id.
    const malformed = await fetch(`${server.url}/api/v1/findings/no-such-finding/accept`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.maintainer!}`, "content-type": "application/json" },
      body: '{"justification": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Json).error?.message).toMatch(/^Request body is not valid JSON/);
    for (const bearer of [tokens.maintainer!, tokens.admin!]) {
      const r = await api.post(`/findings/no-such-finding/accept`, bearer, { justification });
      expect(r.status).toBe(404);
      expect((await api.post(`/findings/no-such-finding/reopen`, bearer, { justification })).status).toBe(404);
    }
  });
});

it("is in the OpenAPI 3.1 document, the accept body from the zod schema", async () => {
  const doc = (await (await getOpenApi()).json()) as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, { required?: string[]; properties?: Record<string, Json> }> };
  };
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/findings", "/findings/{id}", "/findings/{id}/accept", "/findings/{id}/reopen"]),
  );
  expect(doc.components.schemas.FindingAccept?.required).toEqual(["justification"]);
  expect(doc.components.schemas.FindingReopen?.required).toEqual(["justification"]);
  expect(doc.components.schemas.FindingAccept?.properties?.justification).toMatchObject({
    minLength: 10,
    maxLength: 2000,
  });
  // The document describes what the endpoints answer: every field of a real answer, every required one present.
  const schema = doc.components.schemas.Finding!;
  for (const path of [`/findings/${ids.open1}`, `/findings/${ids.orphan}`]) {
    const body = (await api.get(path, tokens.maintainer!)).json;
    expect(Object.keys(body).filter((k) => !(k in (schema.properties ?? {})))).toEqual([]);
    expect((schema.required ?? []).filter((k) => !(k in body))).toEqual([]);
  }
  const row = ((await api.get(`/findings`, tokens.maintainer!)).json.items as Json[])[0]!;
  expect(Object.keys(row).filter((k) => !(k in (schema.properties ?? {})))).toEqual([]);
});
