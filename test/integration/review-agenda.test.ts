// Planning-meeting reviews over the demo organisation: the agenda lists exactly the changes
// between the baseline and now (the expected sets computed here from the raw rows, not with the
// review code), closing freezes the review, the next review continues from the last one's
// snapshot, and two closes of the same version cannot both win. Runs on a database of its own
// (the demo organisation owns slugs and counts other files must not see).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { buildAgenda, type AgendaSection, type SectionKey } from "@/lib/domain/review/agenda";
import { debtRatio, ratingOf } from "@/lib/domain/scoring/score";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { ConflictError } from "@/lib/server/errors";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { REVIEW_HOTSPOTS } from "@/lib/domain/review/agenda";
import { renderReviewMarkdown } from "@/lib/domain/review/markdown";
import { listHotspots } from "@/lib/server/dashboards/list-hotspots";
import { getReview } from "@/lib/server/reviews/get-review";
import { addReviewNote } from "@/lib/server/reviews/add-review-note";
import { closeReview } from "@/lib/server/reviews/close-review";
import { reopenReview } from "@/lib/server/reviews/reopen-review";
import { startReview } from "@/lib/server/reviews/start-review";
import { seedDemo } from "@/lib/server/seed/demo";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const globalForDb = globalThis as unknown as { debtboardDb?: Db };
let scratch: ScratchDatabase;
let runDb: Db | undefined;
let db: Db;
let admin: Principal;
let ranking: { id: string; name: string };

const DAY = 86_400_000;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  runDb = globalForDb.debtboardDb;
  db = createPrismaClient(scratch.url, 4);
  // Everything in this file (the review actions and queries included) talks to the scratch database.
  globalForDb.debtboardDb = db;
  await loadChecklist(db);
  await seedDemo(db, { seed: 42, now: new Date() });
  await recomputeFindings(db);
  const user = await db.user.findFirstOrThrow({ where: { orgRole: "ADMIN" }, select: { id: true, name: true } });
  admin = { userId: user.id, name: user.name, orgRole: "ADMIN", teamRoles: {} };
  ranking = await db.team.findUniqueOrThrow({ where: { slug: "team-ranking" }, select: { id: true, name: true } });
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  globalForDb.debtboardDb = runDb;
  await scratch.drop();
});

const section = <K extends SectionKey>(sections: AgendaSection[], key: K) =>
  sections.find((s) => s.key === key) as Extract<AgendaSection, { key: K }>;
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The records as they stood at `at`, read with plain Prisma calls and worked out here. */
async function rawState(teamId: string, at: Date) {
  const entities = await db.entity.findMany({
    where: { teamId, createdAt: { lte: at }, OR: [{ archivedAt: null }, { archivedAt: { gt: at } }] },
    select: { id: true },
  });
  const ids = entities.map((e) => e.id);
  const assessments = await db.assessment.findMany({
    where: { entityId: { in: ids }, rubric: "DEBT", status: "SUBMITTED", submittedAt: { lte: at } },
    select: {
      id: true,
      entityId: true,
      submittedSeq: true,
      submittedAt: true,
      debtWeight: true,
      totalWeight: true,
      principalDays: true,
    },
  });
  const latest = new Map<string, (typeof assessments)[number]>();
  for (const a of assessments)
    if ((latest.get(a.entityId)?.submittedSeq ?? -1) < (a.submittedSeq ?? 0)) latest.set(a.entityId, a);
  const answers = await db.answer.findMany({
    where: { assessmentId: { in: [...latest.values()].map((a) => a.id) }, value: { not: "NA" } },
    select: {
      value: true,
      assessment: { select: { entityId: true } },
      item: { select: { key: true, weight: true, remediationDays: true, category: { select: { key: true } } } },
    },
  });
  const debt = { PASS: 0, PARTIAL: 0.5, FAIL: 1, NA: 0 } as const;
  const lines = new Map<string, { debtWeight: number; totalWeight: number; principalDays: number }>();
  const add = (key: string, d: number, w: number, p: number) => {
    const l = lines.get(key) ?? { debtWeight: 0, totalWeight: 0, principalDays: 0 };
    lines.set(key, {
      debtWeight: l.debtWeight + d,
      totalWeight: l.totalWeight + w,
      principalDays: l.principalDays + p,
    });
  };
  for (const a of latest.values()) add("total", a.debtWeight ?? 0, a.totalWeight ?? 0, a.principalDays ?? 0);
  const failing = new Map<string, "FAIL" | "PARTIAL">();
  for (const an of answers) {
    add(
      `category:${an.item.category.key}`,
      an.item.weight * debt[an.value],
      an.item.weight,
      an.item.remediationDays * debt[an.value],
    );
    if (an.value === "FAIL" || an.value === "PARTIAL")
      failing.set(`${an.assessment.entityId}/${an.item.key}`, an.value);
  }
  const signals = await db.signal.findMany({
    where: { teamId, firstSeenAt: { lte: at } },
    select: { id: true, status: true, resolvedAt: true },
  });
  const findings = new Set(
    signals.filter((s) => (s.resolvedAt ? s.resolvedAt > at : s.status !== "RESOLVED")).map((s) => s.id),
  );
  const cutoff = at.getTime() - 90 * DAY;
  const stale = new Set(ids.filter((id) => !latest.has(id) || latest.get(id)!.submittedAt!.getTime() < cutoff));
  return { lines, failing, findings, stale };
}

function changedLines(before: Awaited<ReturnType<typeof rawState>>, after: Awaited<ReturnType<typeof rawState>>) {
  const point = (l?: { debtWeight: number; totalWeight: number; principalDays: number }) =>
    l ? { rating: ratingOf(debtRatio(l)), principal: l.principalDays } : null;
  return sorted(
    [...new Set([...before.lines.keys(), ...after.lines.keys()])].filter((key) => {
      if (key === "total") return false;
      const b = point(before.lines.get(key));
      const a = point(after.lines.get(key));
      return !a || !b || a.rating !== b.rating || Math.abs(a.principal - b.principal) > 1e-6;
    }),
  );
}

describe("review agenda over the demo organisation", () => {
  let first: { id: string };

  it("lists exactly the changes between the period's start and now", async () => {
    // Make sure every kind of change is present: one finding appears, one is resolved.
    const since = new Date(Date.now() - 20 * DAY);
    const fresh = await db.signal.create({
      data: {
        kind: "STALE_ASSESSMENT",
        fingerprint: "review-test-new",
        teamId: ranking.id,
        title: "Review test: new finding",
        firstSeenAt: new Date(Date.now() - DAY),
      },
    });
    const gone = await db.signal.create({
      data: {
        kind: "STALE_ASSESSMENT",
        fingerprint: "review-test-gone",
        teamId: ranking.id,
        title: "Review test: resolved finding",
        firstSeenAt: new Date(Date.now() - 40 * DAY),
        status: "RESOLVED",
        resolvedAt: new Date(Date.now() - 2 * DAY),
      },
    });
    const periodStart = since.toISOString().slice(0, 10);
    first = await runAuthorized(startReview, { teamId: ranking.id, title: "", periodStart }, admin);
    const review = await db.review.findUniqueOrThrow({ where: { id: first.id } });
    const view = (await getReview({ id: first.id }))!;
    expect(view.baseline?.source).toBe("data");

    const before = await rawState(ranking.id, review.periodStart);
    const after = await rawState(ranking.id, review.periodEnd);
    const s = view.sections;

    expect(sorted(section(s, "new-findings").rows.map((f) => f.id))).toEqual(
      sorted([...after.findings].filter((id) => !before.findings.has(id))),
    );
    expect(sorted(section(s, "resolved-findings").rows.map((f) => f.id))).toEqual(
      sorted([...before.findings].filter((id) => !after.findings.has(id))),
    );
    expect(section(s, "new-findings").rows.map((f) => f.id)).toContain(fresh.id);
    expect(section(s, "resolved-findings").rows.map((f) => f.id)).toContain(gone.id);

    const scores = section(s, "scores").rows;
    expect(sorted(scores.filter((r) => r.group !== "total").map((r) => r.key))).toEqual(changedLines(before, after));
    expect(scores[0]?.after?.principalDays).toBeCloseTo(after.lines.get("total")?.principalDays ?? 0, 6);
    expect(scores[0]?.before?.principalDays).toBeCloseTo(before.lines.get("total")?.principalDays ?? 0, 6);

    const worse = [...after.failing].filter(
      ([key, v]) =>
        (v === "FAIL" ? 1 : 0.5) > ({ FAIL: 1, PARTIAL: 0.5 }[before.failing.get(key) ?? ("PASS" as never)] ?? 0),
    );
    expect(sorted(section(s, "worse").rows.map((w) => `${w.entity.id}/${w.itemKey}`))).toEqual(
      sorted(worse.map(([k]) => k)),
    );

    expect(sorted(section(s, "stale").rows.map((r) => r.entity.id))).toEqual(
      sorted([...after.stale].filter((id) => !before.stale.has(id))),
    );
    expect(section(s, "stale").total).toBe(after.stale.size);

    const items = await db.actionItem.findMany({
      where: { teamId: ranking.id },
      select: { id: true, status: true, dueDate: true, completedAt: true },
    });
    const today = new Date(`${review.periodEnd.toISOString().slice(0, 10)}T00:00:00.000Z`);
    const actions = section(s, "action-items");
    expect(sorted(actions.overdue.map((a) => a.id))).toEqual(
      sorted(
        items
          .filter((a) => (a.status === "OPEN" || a.status === "IN_PROGRESS") && a.dueDate && a.dueDate < today)
          .map((a) => a.id),
      ),
    );
    expect(sorted(actions.done.map((a) => a.id))).toEqual(
      sorted(
        items
          .filter(
            (a) =>
              a.status === "DONE" &&
              a.completedAt &&
              a.completedAt > review.periodStart &&
              a.completedAt <= review.periodEnd,
          )
          .map((a) => a.id),
      ),
    );
    // The demo's ranking team has a hold-out done 12 days ago: inside the 20-day period.
    expect(actions.done.length).toBeGreaterThan(0);
    expect(section(s, "hotspots").rows.length).toBeGreaterThan(0);
    // The demo's history moves scores and answers within the period: the comparisons are not vacuous.
    expect(section(s, "worse").rows.length).toBeGreaterThan(0);
    expect(scores.length).toBeGreaterThan(1);
  });

  it("lists only the team's own hotspots, on the agenda and in the Markdown", async () => {
    const view = (await getReview({ id: first.id }))!;
    const rows = section(view.sections, "hotspots").rows;
    // The team's own ranking, computed by the hotspot query with the team's slug.
    const own = await listHotspots({ team: "team-ranking", limit: REVIEW_HOTSPOTS });
    expect(rows.map((r) => r.entity.id)).toEqual(own.map((h) => h.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.entity.teamId))).toEqual(new Set([ranking.id]));
    // Not vacuous: the organisation's top hotspots include other teams' entities.
    const org = await listHotspots({ limit: REVIEW_HOTSPOTS });
    expect(org.some((h) => h.team?.slug !== "team-ranking")).toBe(true);

    const md = renderReviewMarkdown(view);
    const part = md.slice(md.indexOf("## 7. Top hotspots"), md.indexOf("## 8."));
    const body = part.split("\n").filter((l) => l.startsWith("| ") && !/^\| (Entity|---) \|/.test(l));
    expect(body).toHaveLength(rows.length);
    for (const line of body) expect(line).toContain(`(${ranking.name})`);
  });

  it("freezes the review when it closes: later changes do not alter it", async () => {
    await runAuthorized(
      addReviewNote,
      { reviewId: first.id, section: "new-findings", kind: "DECISION", body: "Assess the stale ones this sprint." },
      admin,
    );
    const team = await db.team.findUniqueOrThrow({ where: { id: ranking.id }, select: { id: true } });
    const owner = await db.user.findFirstOrThrow({ select: { id: true } });
    const item = await db.actionItem.create({
      data: { teamId: team.id, title: "Made in the review", reviewId: first.id, ownerId: owner.id },
      select: { id: true },
    });
    const open = (await getReview({ id: first.id }))!;
    await runAuthorized(closeReview, { reviewId: first.id, version: String(open.version) }, admin);
    const closed = (await getReview({ id: first.id }))!;
    expect(closed.status).toBe("CLOSED");
    expect(closed.notes.map((n) => n.body)).toEqual(["Assess the stale ones this sprint."]);
    expect(closed.actionItems.map((a) => a.title)).toEqual(["Made in the review"]);

    // Later: the item is renamed and done, another note sneaks into the table, a finding appears.
    await db.actionItem.update({
      where: { id: item.id },
      data: { title: "Renamed later", status: "DONE", completedAt: new Date() },
    });
    await db.reviewNote.create({ data: { reviewId: first.id, section: "scores", body: "Written after the close" } });
    await db.signal.create({
      data: {
        kind: "STALE_ASSESSMENT",
        fingerprint: "review-test-after-close",
        teamId: ranking.id,
        title: "Review test: after the close",
      },
    });
    expect(await getReview({ id: first.id })).toEqual(closed);
    await expect(
      runAuthorized(addReviewNote, { reviewId: first.id, section: "scores", body: "Too late" }, admin),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("starts the next review where the last one ended, against its snapshot", async () => {
    const last = await db.review.findUniqueOrThrow({
      where: { id: first.id },
      select: { periodEnd: true, snapshot: true },
    });
    const next = await runAuthorized(startReview, { teamId: ranking.id, title: "", periodStart: "" }, admin);
    const row = await db.review.findUniqueOrThrow({
      where: { id: next.id },
      select: { periodStart: true, previousReviewId: true },
    });
    expect(row.periodStart).toEqual(last.periodEnd);
    expect(row.previousReviewId).toBe(first.id);
    const view = (await getReview({ id: next.id }))!;
    expect(view.baseline).toMatchObject({ source: "review", reviewId: first.id });
    // Since the close only the one finding appeared and the item was done; nothing else moved.
    const s = view.sections;
    expect(section(s, "new-findings").rows.map((f) => f.title)).toEqual(["Review test: after the close"]);
    expect(section(s, "resolved-findings").rows).toEqual([]);
    expect(section(s, "worse").rows).toEqual([]);
    expect(section(s, "scores").rows.filter((r) => r.group !== "total")).toEqual([]);
    expect(section(s, "action-items").done.map((a) => a.title)).toEqual(["Renamed later"]);
    // The agenda is the pure diff of the snapshot's state and the stored one.
    const stored = (await db.review.findUniqueOrThrow({ where: { id: next.id }, select: { agenda: true } })).agenda as {
      state: Parameters<typeof buildAgenda>[1];
    };
    expect(view.sections).toEqual(
      buildAgenda((last.snapshot as { state: Parameters<typeof buildAgenda>[0] }).state, stored.state),
    );
  });

  it("refuses the second of two concurrent closes cleanly", async () => {
    const review = await runAuthorized(
      startReview,
      { teamId: "", title: "Organisation review", periodStart: "" },
      admin,
    );
    const { version } = await db.review.findUniqueOrThrow({ where: { id: review.id }, select: { version: true } });
    const results = await Promise.allSettled(
      [0, 1].map(() => runAuthorized(closeReview, { reviewId: review.id, version: String(version) }, admin)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ConflictError);
    expect(await db.auditEvent.count({ where: { targetId: review.id, action: "review.close" } })).toBe(1);
    const row = await db.review.findUniqueOrThrow({
      where: { id: review.id },
      select: { status: true, version: true, snapshot: true },
    });
    expect(row).toMatchObject({ status: "CLOSED", version: version + 1 });
    expect(row.snapshot).not.toBeNull();
  });

  it("reopens a closed review until the next review of its scope starts, audited", async () => {
    // The Ranking review closed above has a successor now: reopening it is refused, nothing changes.
    const closedFirst = await db.review.findUniqueOrThrow({ where: { id: first.id }, select: { version: true } });
    await expect(
      runAuthorized(reopenReview, { reviewId: first.id, version: String(closedFirst.version) }, admin),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await db.review.findUniqueOrThrow({ where: { id: first.id }, select: { status: true } })).toEqual({
      status: "CLOSED",
    });

    // The organisation review closed above is the last of its scope: two concurrent reopens, one wins.
    const org = await db.review.findFirstOrThrow({
      where: { teamId: null, title: "Organisation review" },
      select: { id: true, version: true },
    });
    const results = await Promise.allSettled(
      [0, 1].map(() => runAuthorized(reopenReview, { reviewId: org.id, version: String(org.version) }, admin)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ConflictError);
    const reopened = await db.review.findUniqueOrThrow({
      where: { id: org.id },
      select: { status: true, closedAt: true, snapshot: true, version: true },
    });
    expect(reopened).toEqual({ status: "OPEN", closedAt: null, snapshot: null, version: org.version + 1 });
    const audit = await db.auditEvent.findMany({
      where: { targetId: org.id, action: "review.reopen" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      {
        actorId: admin.userId,
        before: expect.objectContaining({ status: "CLOSED", closedBy: admin.name }),
        after: { status: "OPEN" },
      },
    ]);

    // Open again, it takes notes and closes again into a fresh snapshot holding them.
    await runAuthorized(
      addReviewNote,
      { reviewId: org.id, section: "scores", body: "Corrected after the meeting" },
      admin,
    );
    await runAuthorized(closeReview, { reviewId: org.id, version: String(org.version + 1) }, admin);
    const again = (await getReview({ id: org.id }))!;
    expect(again.status).toBe("CLOSED");
    expect(again.notes.map((n) => n.body)).toContain("Corrected after the meeting");
  });
  it("refuses a start that raced a reopen of the review it continues from, and creates nothing", async () => {
    // The organisation review closed again above is its scope's last closed review: a new one continues from it.
    const org = await db.review.findFirstOrThrow({
      where: { teamId: null, title: "Organisation review" },
      select: { id: true },
    });
    // Another session is reopening it: it holds the row while the start prepares its agenda.
    const other = new pg.Client({ connectionString: scratch.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Review" WHERE id = $1 FOR UPDATE`, [org.id]);
      const outcome = runAuthorized(startReview, { teamId: "", title: "Raced start", periodStart: "" }, admin).then(
        () => "started",
        (error: unknown) => error,
      );
      // Until the start waits on that row (bounded: a start that never waits just finishes).
      for (let i = 0; i < 200; i++) {
        const { rows } = await other.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`,
        );
        if ((rows[0]?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.query(
        `UPDATE "Review" SET status = 'OPEN', "closedAt" = NULL, snapshot = NULL, version = version + 1 WHERE id = $1`,
        [org.id],
      );
      await other.query("COMMIT");
      const result = await outcome;
      expect(result).toBeInstanceOf(ConflictError);
      expect(result).toMatchObject({ code: "conflict" });
      expect(await db.review.count({ where: { title: "Raced start" } })).toBe(0);
    } finally {
      await other.end();
    }
  });
});
