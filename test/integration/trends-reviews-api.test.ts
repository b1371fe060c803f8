// The trends and reviews read API over real HTTP (a loopback server in front of the route
// handlers) with real tokens. Trends: the /trends page's points for the organisation or a team,
// one per month or week (the last snapshot of each), with the timeline's reviews, checked against
// ScoreSnapshot rows read here; 400 naming a bad parameter, 404 for an unknown team. Reviews: the
// list with its filters and pages, one review (the agenda, or the frozen snapshot once closed)
// and its Markdown report; a team token sees its own team's only (403 for another team's or an
// organisation-wide review); 401 without a token, 404 for unknown ids.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTrends } from "@/app/api/v1/trends/route";
import { GET as listReviews } from "@/app/api/v1/reviews/route";
import { GET as getReview } from "@/app/api/v1/reviews/[id]/route";
import { GET as getReviewMarkdown } from "@/app/api/v1/reviews/[id]/markdown/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { PERMISSIONS, type Principal } from "@/lib/domain/auth/permissions";
import { TEAM_TOKEN_SCOPES } from "@/lib/domain/auth/token-policy";
import { renderReviewMarkdown } from "@/lib/domain/review/markdown";
import { ratingOf } from "@/lib/domain/scoring/score";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { closeReview } from "@/lib/server/reviews/close-review";
import { getReview as readReview } from "@/lib/server/reviews/get-review";
import { startReview } from "@/lib/server/reviews/start-review";
import { makeAdmin, makeMaintainer, makeTeam, uid } from "./catalog-fixtures";
import { apiClient, mintToken, type Json } from "./support/api-client";
import { startRouteServer, type RouteServer } from "./support/route-server";

let server: RouteServer;
const api = apiClient(() => server);
let team: { id: string; slug: string };
let other: { id: string; slug: string };
let maintainer: Principal;
let admin: Principal;
const tokens: Record<string, string> = {};
const reviews: Record<string, { id: string; title: string }> = {};
const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Snapshot rows of the team made here: days ago → debt weight (total 100). */
const SNAPSHOTS: [number, number][] = [
  [3, 30],
  [20, 25],
  [45, 40],
  [52, 45],
  [250, 60],
];

beforeAll(async () => {
  team = await makeTeam("trend");
  other = await makeTeam("trendo");
  maintainer = await makeMaintainer([team.id]);
  admin = await makeAdmin();
  tokens.maintainer = await mintToken(maintainer, PERMISSIONS);
  tokens.narrow = await mintToken(maintainer, ["usage:write"]);
  tokens.teamToken = await mintToken(null, TEAM_TOKEN_SCOPES, team.id);
  const now = Date.now();
  await db().scoreSnapshot.createMany({
    data: SNAPSHOTS.map(([ago, debt]) => ({
      scope: "TEAM" as const,
      teamId: team.id,
      takenOn: new Date(`${isoDay(new Date(now - ago * DAY))}T00:00:00Z`),
      debtWeight: debt,
      totalWeight: 100,
      answeredCount: 10,
      applicableCount: 20,
      principalDays: debt / 2,
      entityCount: 3,
    })),
  });
  const start = async (who: Principal, teamId: string | null, title: string) => {
    const r = await runAuthorized(startReview, { teamId: teamId ?? "", title, periodStart: "" }, who);
    return { id: r.id, title };
  };
  reviews.closed = await start(maintainer, team.id, `Closed review ${uid()}`);
  await runAuthorized(closeReview, { reviewId: reviews.closed.id, version: "1" }, maintainer);
  reviews.open = await start(maintainer, team.id, `Open review ${uid()}`);
  reviews.other = await start(admin, other.id, `Other team review ${uid()}`);
  reviews.org = await start(admin, null, `Organisation review ${uid()}`);
  server = await startRouteServer({
    "/trends": getTrends,
    "/reviews": listReviews,
    "/reviews/[id]": getReview,
    "/reviews/[id]/markdown": getReviewMarkdown,
  });
});
afterAll(async () => {
  await server.close();
  await db().$disconnect();
});

type Point = { day: string; bucket: string; ratio: number | null; rating: string | null; principalDays: number };

describe("GET /trends", () => {
  it("gives a team's monthly points: the last snapshot of each month in the range, from the rows", async () => {
    const r = await api.get(`/trends?scope=team:${team.slug}&range=3m&grain=month`, tokens.maintainer!);
    expect(r.status).toBe(200);
    const body = r.json as Json & { points: Point[]; events: Json[] };
    expect(body).toMatchObject({ scope: { kind: "team", team: { slug: team.slug } }, range: "3m", grain: "month" });
    const rows = await db().scoreSnapshot.findMany({
      where: { teamId: team.id, categoryId: null, takenOn: { gte: new Date(`${String(body.from)}T00:00:00Z`) } },
      orderBy: { takenOn: "asc" },
    });
    const lastOfMonth = new Map<string, (typeof rows)[number]>();
    for (const row of rows) lastOfMonth.set(isoDay(row.takenOn).slice(0, 7), row);
    expect(body.points).toEqual(
      [...lastOfMonth.entries()].map(([month, row]) => ({
        day: isoDay(row.takenOn),
        bucket: `${month}-01`,
        ratio: row.debtWeight / row.totalWeight,
        rating: ratingOf(row.debtWeight / row.totalWeight),
        coverage: row.answeredCount / row.applicableCount,
        principalDays: row.principalDays,
        entityCount: 3,
      })),
    );
    // 250 days ago is outside 3 months, inside 12.
    expect(body.points.some((p) => p.principalDays === 30)).toBe(false);
    const year = await api.get(`/trends?scope=team:${team.slug}&range=12m`, tokens.maintainer!);
    expect((year.json.points as Point[]).some((p) => p.principalDays === 30)).toBe(true);
    expect(year.json.grain).toBe("month");
  });

  it("gives weekly points, one per week holding a snapshot", async () => {
    const r = await api.get(`/trends?scope=team:${team.slug}&range=12m&grain=week`, tokens.maintainer!);
    const mondayOf = (daysAgo: number) => {
      const d = new Date(`${isoDay(new Date(Date.now() - daysAgo * DAY))}T00:00:00Z`);
      return isoDay(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY));
    };
    const weeks = [...new Set(SNAPSHOTS.map(([ago]) => mondayOf(ago)))].sort();
    expect((r.json.points as Point[]).map((p) => p.bucket)).toEqual(weeks);
  });

  it("marks the team's reviews on the timeline, not another team's", async () => {
    const r = await api.get(`/trends?scope=team:${team.slug}&range=3m`, tokens.teamToken!);
    const titles = (r.json.events as Json[]).filter((e) => e.kind === "review-started").map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining([reviews.closed!.title, reviews.open!.title, reviews.org!.title]));
    expect(titles).not.toContain(reviews.other!.title);
  });

  it("gives the organisation's points by default, each from the organisation's snapshot rows", async () => {
    const r = await api.get(`/trends`, tokens.narrow!);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ scope: { kind: "org" }, range: "12m", grain: "month" });
    const thisMonth = `${isoDay(new Date()).slice(0, 7)}-01`;
    for (const p of (r.json.points as Point[]).filter((x) => x.bucket !== thisMonth)) {
      const row = await db().scoreSnapshot.findFirstOrThrow({
        where: { scope: "ORG", categoryId: null, takenOn: new Date(`${p.day}T00:00:00Z`) },
      });
      expect(p.ratio).toBe(row.totalWeight > 0 ? row.debtWeight / row.totalWeight : null);
    }
  });

  it.each([
    ["scope=everything", /^scope: must be org or team:<slug>/],
    ["scope=team:Not_A_Slug!", /^scope: "Not_A_Slug!" is not a team slug/],
    ["range=5y", /^range: must be one of 3m, 6m, 12m, 24m/],
    ["grain=day", /^grain: must be one of week, month/],
  ])("refuses %s with 400 naming the parameter", async (query, message) => {
    const r = await api.get(`/trends?${query}`, tokens.maintainer!);
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(message);
  });

  it("answers 404 for a team that is not an active one, 401 without a token", async () => {
    const r = await api.get(`/trends?scope=team:no-such-${team.slug}`, tokens.maintainer!);
    expect(r.status).toBe(404);
    expect(r.json.error).toEqual({ code: "not_found", message: `Active team no-such-${team.slug} was not found.` });
    expect((await api.get(`/trends`, null)).status).toBe(401);
  });
});

describe("GET /reviews", () => {
  it("lists every review for a person, open ones first then newest, as the database orders them", async () => {
    const r = await api.get(`/reviews?limit=200`, tokens.maintainer!);
    expect(r.status).toBe(200);
    const expected = await db().$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Review" ORDER BY "status" = 'CLOSED', "startedAt" DESC, "id" LIMIT 200`;
    expect((r.json.items as Json[]).map((i) => i.id)).toEqual(expected.map((e) => e.id));
    expect(r.json.total).toBe(await db().review.count());
  });

  it("filters by team, organisation and status, and pages", async () => {
    const mine = await api.get(`/reviews?team=${team.slug}`, tokens.maintainer!);
    expect((mine.json.items as Json[]).map((i) => i.id)).toEqual([reviews.open!.id, reviews.closed!.id]);
    const first = (mine.json.items as Json[])[1]!;
    expect(first).toMatchObject({
      title: reviews.closed!.title,
      status: "CLOSED",
      team: team.slug,
      closedAt: expect.any(String),
      links: { page: `/review/${reviews.closed!.id}`, markdown: `/api/v1/reviews/${reviews.closed!.id}/markdown` },
    });
    const closed = await api.get(`/reviews?team=${team.slug}&status=closed`, tokens.maintainer!);
    expect((closed.json.items as Json[]).map((i) => i.id)).toEqual([reviews.closed!.id]);
    const paged = await api.get(`/reviews?team=${team.slug}&limit=1&page=2`, tokens.maintainer!);
    expect(paged.json).toMatchObject({ total: 2, page: 2, limit: 1 });
    expect((paged.json.items as Json[]).map((i) => i.id)).toEqual([reviews.closed!.id]);
    const org = await api.get(`/reviews?team=organisation`, tokens.maintainer!);
    expect((org.json.items as Json[]).map((i) => i.id)).toContain(reviews.org!.id);
    expect((org.json.items as Json[]).every((i) => i.team === null)).toBe(true);
    expect(org.json.total).toBe(await db().review.count({ where: { teamId: null } }));
  });

  it("shows a team token its own team's reviews only", async () => {
    const r = await api.get(`/reviews`, tokens.teamToken!);
    expect(r.status).toBe(200);
    expect((r.json.items as Json[]).map((i) => i.id)).toEqual([reviews.open!.id, reviews.closed!.id]);
    expect(r.json.total).toBe(await db().review.count({ where: { teamId: team.id } }));
    for (const query of [`team=${other.slug}`, "team=organisation"]) {
      const refused = await api.get(`/reviews?${query}`, tokens.teamToken!);
      expect(refused.status).toBe(403);
      expect(refused.json.error).toEqual({
        code: "forbidden",
        message: "A team token reads its own team's reviews only.",
      });
    }
  });

  it.each([
    ["status=weird", /^status: must be one of open, closed, all/],
    ["team=no-such-team", /^team: no team has the slug "no-such-team"/],
    ["limit=0", /^limit: must be from 1 to 200/],
    ["page=-1", /^page: must be a whole number from 1/],
  ])("refuses %s with 400 naming the parameter", async (query, message) => {
    const r = await api.get(`/reviews?${query}`, tokens.maintainer!);
    expect(r.status).toBe(400);
    expect(r.json.error?.message).toMatch(message);
  });
});

describe("GET /reviews/{id} and /reviews/{id}/markdown", () => {
  it("gives a closed review from its frozen snapshot and an open one from its agenda", async () => {
    const closed = await api.get(`/reviews/${reviews.closed!.id}`, tokens.narrow!);
    expect(closed.status).toBe(200);
    const stored = await db().review.findUniqueOrThrow({ where: { id: reviews.closed!.id } });
    const snapshot = stored.snapshot as { sections: unknown; notes: unknown; baseline: unknown; closedBy: unknown };
    expect(closed.json).toMatchObject({
      id: reviews.closed!.id,
      title: reviews.closed!.title,
      status: "CLOSED",
      team: { slug: team.slug },
      closedBy: snapshot.closedBy,
      sections: snapshot.sections,
      notes: snapshot.notes,
      baseline: snapshot.baseline,
    });
    const open = await api.get(`/reviews/${reviews.open!.id}`, tokens.teamToken!);
    expect(open.status).toBe(200);
    const agenda = (await db().review.findUniqueOrThrow({ where: { id: reviews.open!.id } })).agenda as {
      sections: unknown;
    };
    expect(open.json).toMatchObject({ status: "OPEN", closedAt: null, sections: agenda.sections });
  });

  it("gives the Markdown report the page exports", async () => {
    const r = await api.get(`/reviews/${reviews.closed!.id}/markdown`, tokens.maintainer!);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="closed-review-[a-f0-9]+\.md"$/);
    expect(r.body).toBe(renderReviewMarkdown((await readReview({ id: reviews.closed!.id }))!));
    expect(r.body).toContain(reviews.closed!.title);
  });

  it("refuses a team token another team's or the organisation's review (403), and unknown ids (404)", async () => {
    for (const id of [reviews.other!.id, reviews.org!.id])
      for (const path of [`/reviews/${id}`, `/reviews/${id}/markdown`]) {
        const r = await api.get(path, tokens.teamToken!);
        expect([path, r.status, r.json.error?.code]).toEqual([path, 403, "forbidden"]);
      }
    // People read every review, as on the pages.
    expect((await api.get(`/reviews/${reviews.other!.id}`, tokens.maintainer!)).status).toBe(200);
    for (const path of [`/reviews/no-such-review`, `/reviews/no-such-review/markdown`]) {
      const r = await api.get(path, tokens.maintainer!);
      expect(r.status).toBe(404);
      expect(r.json.error).toEqual({ code: "not_found", message: "That review was not found." });
    }
    for (const path of [`/reviews`, `/reviews/${reviews.open!.id}`, `/reviews/${reviews.open!.id}/markdown`])
      expect((await api.get(path, null)).status).toBe(401);
  });
});

it("is in the OpenAPI 3.1 document", async () => {
  const doc = (await (await getOpenApi()).json()) as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/trends", "/reviews", "/reviews/{id}", "/reviews/{id}/markdown"]),
  );
  // The document describes what the endpoint answers: every field of a real answer, every required one present.
  const schema = doc.components.schemas.Trend as { required: string[]; properties: Record<string, Json> };
  const body = (await api.get(`/trends?scope=team:${team.slug}`, tokens.maintainer!)).json;
  expect(Object.keys(body).filter((k) => !(k in schema.properties))).toEqual([]);
  expect(schema.required.filter((k) => !(k in body))).toEqual([]);
  const point = (body.points as Json[])[0]!;
  const pointProps = (schema.properties.points as { items: { properties: Record<string, unknown> } }).items.properties;
  expect(Object.keys(point).sort()).toEqual(Object.keys(pointProps).sort());
  for (const [name, path] of [
    ["ReviewSummary", null],
    ["Review", `/reviews/${reviews.closed!.id}`],
    ["Review", `/reviews/${reviews.open!.id}`],
  ] as const) {
    const s = doc.components.schemas[name] as { required: string[]; properties: Record<string, Json> };
    const answer = path
      ? (await api.get(path, tokens.maintainer!)).json
      : ((await api.get(`/reviews`, tokens.maintainer!)).json.items as Json[])[0]!;
    expect([name, Object.keys(answer).filter((k) => !(k in s.properties))]).toEqual([name, []]);
    expect([name, s.required.filter((k) => !(k in answer))]).toEqual([name, []]);
  }
});
