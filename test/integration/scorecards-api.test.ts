// The read API of scorecards, gates and badges over real HTTP (a loopback server in front of the
// route handlers) with real tokens: the organisation / team / entity scorecards, the CI gate in
// SonarQube's project_status shape (also at SonarQube's own path), SVG badges that need a token
// unless an admin made them public, 401 without a valid token, 404 for unknown subjects, 400 for
// a malformed project key. Reads need no scope and show every team (everyone signed in reads
// everything, as on the pages): a token limited to another scope, or of another team, reads too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as orgScorecard } from "@/app/api/v1/scorecard/route";
import { GET as teamScorecard } from "@/app/api/v1/teams/[team]/scorecard/route";
import { GET as entityScorecard } from "@/app/api/v1/entities/[kind]/[name]/scorecard/route";
import { GET as entityGate } from "@/app/api/v1/entities/[kind]/[name]/gate/route";
import { GET as projectStatus } from "@/app/api/v1/qualitygates/project_status/route";
import { GET as entityBadge } from "@/app/api/v1/entities/[kind]/[name]/badge.svg/route";
import { GET as teamBadge } from "@/app/api/v1/teams/[team]/badge.svg/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { PERMISSIONS, type Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { setRatingTarget } from "@/lib/server/gates/set-rating-target";
import { setPublicBadges } from "@/lib/server/gates/public-badges";
import { submitComplete } from "@/lib/server/assessments/submit-complete";
import { createEntity } from "@/lib/server/seed/factories";
import { makeAdmin, makeMaintainer, makeTeam } from "./catalog-fixtures";
import { draftItems, ensureChecklist } from "./assessment-fixtures";
import { mintToken } from "./support/api-client";
import { startRouteServer, type RouteServer } from "./support/route-server";

let server: RouteServer;
let team: { id: string; slug: string };
let other: { id: string; slug: string };
let maintainer: Principal;
let admin: Principal;
const tokens: Record<string, string> = {};
let failing: { name: string };
let passing: { name: string };

async function assess(name: string, failShare: number) {
  const items = await draftItems("MODEL");
  const n = Math.round(items.length * failShare);
  const answers = items.map((item, i) => ({
    itemKey: item.key,
    value: (i < n ? "FAIL" : "PASS") as AnswerValue,
    note: "",
    evidenceUrl: "",
  }));
  await submitComplete(db(), maintainer, { kind: "MODEL", name, rubric: "DEBT", answers });
}

beforeAll(async () => {
  await ensureChecklist();
  team = await makeTeam("score");
  other = await makeTeam("other");
  maintainer = await makeMaintainer([team.id]);
  admin = await makeAdmin();
  tokens.maintainer = await mintToken(maintainer, PERMISSIONS);
  tokens.narrow = await mintToken(maintainer, ["usage:write"]);
  tokens.otherTeam = await mintToken(null, ["catalog:write"], other.id);
  await runAuthorized(
    setRatingTarget,
    { lifecycle: "PRODUCTION", team: team.slug, rating: "B", expectedVersion: 0 },
    admin,
  );
  failing = await createEntity(db(), { kind: "MODEL", teamId: team.id, lifecycle: "PRODUCTION" });
  passing = await createEntity(db(), { kind: "MODEL", teamId: team.id, lifecycle: "PRODUCTION" });
  await assess(failing.name, 0.3);
  await assess(passing.name, 0);
  // ML Test Scores: `failing` fails two data tests (data 5 of 7 … score 5), `passing` fails all (score 0).
  const mlItems = await db().checklistItem.findMany({
    where: { retiredAt: null, appliesTo: { has: "MODEL" }, category: { rubric: "ML_TEST_SCORE" } },
    select: { key: true, category: { select: { key: true } } },
    orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
  });
  const dataFails = new Set(
    mlItems
      .filter((i) => i.category.key === "ml-test-data")
      .slice(0, 2)
      .map((i) => i.key),
  );
  for (const [name, fail] of [
    [failing.name, (key: string) => dataFails.has(key)],
    [passing.name, () => true],
  ] as const) {
    const answers = mlItems.map((i) => ({
      itemKey: i.key,
      value: (fail(i.key) ? "FAIL" : "PASS") as AnswerValue,
      note: "",
      evidenceUrl: "",
    }));
    await submitComplete(db(), maintainer, { kind: "MODEL", name, rubric: "ML_TEST_SCORE", answers });
  }
  server = await startRouteServer({
    "/scorecard": orgScorecard,
    "/teams/[team]/scorecard": teamScorecard,
    "/teams/[team]/badge.svg": teamBadge,
    "/entities/[kind]/[name]/scorecard": entityScorecard,
    "/entities/[kind]/[name]/gate": entityGate,
    "/entities/[kind]/[name]/badge.svg": entityBadge,
    "/qualitygates/project_status": projectStatus,
  });
});
afterAll(async () => {
  await server.close();
  await db().$disconnect();
});

async function get(path: string, bearer: string | null = tokens.maintainer!) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });
  const type = response.headers.get("content-type") ?? "";
  const body: unknown = type.includes("json") ? await response.json() : await response.text();
  return { status: response.status, headers: response.headers, body };
}
type Json = Record<string, unknown> & { error?: { code: string; message: string } };

describe("the CI gate", () => {
  it("answers ERROR for a model below its target and OK for one at it, SonarQube-shaped", async () => {
    const bad = await get(`/entities/models/${failing.name}/gate`);
    expect(bad.status).toBe(200);
    const s = (bad.body as { projectStatus: Json }).projectStatus;
    expect(s.status).toBe("ERROR");
    expect(s.conditions).toEqual([
      { status: "ERROR", metricKey: "debt_rating", comparator: "GT", errorThreshold: "B", actualValue: s.rating },
    ]);
    expect(["C", "D", "E"]).toContain(s.rating);
    expect(s.reasons).toEqual([`Rated ${String(s.rating)}, worse than B, the team's target for production entities.`]);
    expect(s.failingSince).toEqual(expect.any(String));
    expect(s.why).toBe(`/catalog/models/${failing.name}/why`);

    const good = (await get(`/entities/models/${passing.name}/gate`)).body as { projectStatus: Json };
    expect(good.projectStatus).toMatchObject({ status: "OK", rating: "A", target: "B", failingSince: null });

    // SonarQube's own path and parameter give the same answer.
    const alias = await get(`/qualitygates/project_status?projectKey=model:${failing.name}`);
    expect((alias.body as { projectStatus: Json }).projectStatus.status).toBe("ERROR");
  });

  it("refuses without a valid token (401) and names bad keys (400) and unknown models (404)", async () => {
    for (const bearer of [null, "dbt_not-a-real-token"]) {
      const r = await get(`/entities/models/${failing.name}/gate`, bearer);
      expect(r.status).toBe(401);
      expect((r.body as Json).error?.code).toBe("unauthenticated");
    }
    const bad = await get(`/qualitygates/project_status?projectKey=nope:x`);
    expect(bad.status).toBe(400);
    expect((bad.body as Json).error?.message).toMatch(/^projectKey: "nope:" is not a kind/);
    expect((await get(`/qualitygates/project_status`)).status).toBe(400);
    const missing = await get(`/entities/models/no-such-model-${failing.name}/gate`);
    expect(missing.status).toBe(404);
    expect((missing.body as Json).error?.code).toBe("not_found");
    expect((await get(`/entities/gizmos/${failing.name}/gate`)).status).toBe(404);
  });
});

describe("scorecards", () => {
  it("gives an entity's rating, categories, gate and staleness", async () => {
    const r = await get(`/entities/models/${failing.name}/scorecard`);
    expect(r.status).toBe(200);
    const card = r.body as Json & { categories: Json[]; gate: Json; staleness: Json };
    expect(card).toMatchObject({ scope: "entity", entity: { kind: "MODEL", name: failing.name, team: team.slug } });
    expect(card.ratio).toBeGreaterThan(0.2);
    expect(card.categories.length).toBeGreaterThan(0);
    expect(card.gate).toMatchObject({ status: "FAIL", target: "B", targetSource: "team" });
    expect(card.staleness).toMatchObject({ stale: false, daysSince: 0 });
    expect(card.mlTestScore).toMatchObject({ score: 5, band: "strong", seq: 1 });
  });

  it("gives a team's pooled score and the entities failing its gates; the organisation's too", async () => {
    const r = await get(`/teams/${team.slug}/scorecard`);
    expect(r.status).toBe(200);
    const card = r.body as Json & { gate: { failing: number; gated: number; failingEntities: Json[] } };
    expect(card).toMatchObject({ scope: "team", team: { slug: team.slug }, assessedCount: 2, activeCount: 2 });
    expect(card.gate).toMatchObject({ status: "FAIL", gated: 2, failing: 1 });
    expect(card.gate.failingEntities.map((e) => e.name)).toEqual([failing.name]);
    const org = await get(`/scorecard`);
    expect(org.status).toBe(200);
    expect((org.body as Json).scope).toBe("organisation");
    expect((org.body as Json).mlTestScore).not.toHaveProperty("models");
    expect((await get(`/teams/no-such-team-${team.slug}/scorecard`)).status).toBe(404);
  });

  it("reads need no scope and cover every team: a narrow token and another team's token read too", async () => {
    for (const bearer of [tokens.narrow!, tokens.otherTeam!]) {
      expect((await get(`/teams/${team.slug}/scorecard`, bearer)).status).toBe(200);
      expect((await get(`/entities/models/${failing.name}/gate`, bearer)).status).toBe(200);
    }
    expect((await get(`/scorecard`, null)).status).toBe(401);
  });
});

describe("ML Test Scores in the team and organisation scorecards", () => {
  // Independent of the scorecard's reads: the sections' item counts and the models counted in SQL.
  const sectionSizes = async () =>
    new Map(
      (
        await db().$queryRaw<{ key: string; n: number }[]>`
        SELECT c."key", count(*)::int AS n FROM "ChecklistItem" i JOIN "DebtCategory" c ON c."id" = i."categoryId"
        WHERE c."rubric" = 'ML_TEST_SCORE' AND i."retiredAt" IS NULL AND 'MODEL' = ANY(i."appliesTo")
        GROUP BY c."key"`
      ).map((r) => [r.key, r.n]),
    );

  it("gives the team's models per band, section means, the thinnest section and every model, lowest first", async () => {
    const sizes = await sectionSizes();
    expect(sizes.get("ml-test-data")).toBe(7);
    const card = (await get(`/teams/${team.slug}/scorecard`)).body as { mlTestScore: Json & { models: Json[] } };
    const data = sizes.get("ml-test-data")! - 2;
    const best = Math.min(data, ...[...sizes.entries()].filter(([k]) => k !== "ml-test-data").map(([, n]) => n));
    expect(card.mlTestScore).toMatchObject({
      liveModels: 2,
      assessed: 2,
      minScore: 0,
      weakestSection: "ml-test-data",
      bands: [
        { band: "research-project", bandLabel: "Research project", count: 1 },
        { band: "strong", bandLabel: "Strong", count: 1 },
      ],
    });
    expect((card.mlTestScore.sectionMeans as Record<string, number>)["ml-test-data"]).toBe(data / 2);
    expect(card.mlTestScore.models.map((m) => [m.name, m.score, m.band])).toEqual([
      [passing.name, 0, "research-project"],
      [failing.name, best, "strong"],
    ]);
    expect(card.mlTestScore.models[1]!.sections).toEqual({
      "ml-test-data": data,
      "ml-test-model": sizes.get("ml-test-model"),
      "ml-test-infrastructure": sizes.get("ml-test-infrastructure"),
      "ml-test-monitoring": sizes.get("ml-test-monitoring"),
    });
  });

  it("gives the organisation's summary over every live model (no per-model list)", async () => {
    const [counted] = await db().$queryRaw<{ live: number; assessed: number }[]>`
      SELECT count(*)::int AS live, count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Assessment" a WHERE a."entityId" = e."id" AND a."rubric" = 'ML_TEST_SCORE' AND a."status" = 'SUBMITTED'
      ))::int AS assessed
      FROM "Entity" e WHERE e."kind" = 'MODEL' AND e."archivedAt" IS NULL`;
    const card = (await get(`/scorecard`)).body as { mlTestScore: Json };
    expect(card.mlTestScore).toMatchObject({ liveModels: counted?.live, assessed: counted?.assessed });
    expect(counted?.assessed).toBeGreaterThanOrEqual(2);
  });
});

it("is in the OpenAPI 3.1 document", async () => {
  const doc = (await (await getOpenApi()).json()) as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/scorecard",
      "/teams/{slug}/scorecard",
      "/entities/{kind}/{name}/scorecard",
      "/entities/{kind}/{name}/gate",
      "/qualitygates/project_status",
      "/entities/{kind}/{name}/badge.svg",
      "/teams/{slug}/badge.svg",
    ]),
  );
  expect(doc.components.schemas.QualityGate).toBeDefined();
});

describe("badges", () => {
  it("need a token until an admin makes them public, then anyone may load and cache them", async () => {
    await runAuthorized(setPublicBadges, { enabled: "false" }, admin);
    const locked = await get(`/entities/models/${failing.name}/badge.svg`, null);
    expect(locked.status).toBe(401);
    expect((locked.body as Json).error?.code).toBe("unauthenticated");

    const withToken = await get(`/entities/models/${failing.name}/badge.svg`);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(withToken.headers.get("cache-control")).toBe("private, max-age=300");
    expect(withToken.body).toMatch(/<title>debt: [CDE]<\/title>/);

    // A maintainer cannot open them up; an admin can.
    await expect(runAuthorized(setPublicBadges, { enabled: "true" }, maintainer)).rejects.toThrow();
    await runAuthorized(setPublicBadges, { enabled: "true" }, admin);
    try {
      const open = await get(`/entities/models/${failing.name}/badge.svg?type=gate`, null);
      expect(open.status).toBe(200);
      expect(open.headers.get("cache-control")).toBe("public, max-age=300");
      expect(open.body).toContain("<title>debt gate: failing ≥ B</title>");
      const teamGate = await get(`/teams/${team.slug}/badge.svg?type=gate`, null);
      expect(teamGate.body).toContain("<title>debt gate: 1 failing</title>");
      const passingBadge = await get(`/entities/models/${passing.name}/badge.svg`, null);
      expect(passingBadge.body).toContain("<title>debt: A</title>");
      expect((await get(`/teams/no-such-${team.slug}/badge.svg`, null)).status).toBe(404);
    } finally {
      await runAuthorized(setPublicBadges, { enabled: "false" }, admin);
    }
  });
});
