// The trend queries against a small organisation of their own (a scratch database, so the
// organisation's figures hold only this fixture): every point, change and category sum equals an
// independent recomputation from the Assessment and Answer rows with the pure scoring rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerValue, EntityKind } from "@/lib/domain/kinds";
import { poolSums, sumAnswers, type ScoreSums } from "@/lib/domain/scoring/score";
import { sumByCategory } from "@/lib/domain/scoring/breakdown";
import { bucketsBetween, isoDay, rangeStart } from "@/lib/domain/trends/buckets";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { createEntity, createSubmittedAssessment, createTeam } from "@/lib/server/seed/factories";
import { prepareChecklist } from "@/lib/server/seed/prepare-checklist";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { getScoreTrend, type TrendPoint } from "@/lib/server/trends/get-score-trend";
import { getScoreChange } from "@/lib/server/trends/get-score-change";
import { listCategoryScores } from "@/lib/server/dashboards/list-category-scores";
import { listTimelineEvents } from "@/lib/server/trends/list-timeline-events";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const NOW = new Date("2026-06-15T12:00:00Z");
const CHECKLIST_SINCE = new Date("2025-01-01T00:00:00Z");
// Month ends, two days in one week of May (the later one must win its week and month), and
// several June days, the last one today.
const SNAPSHOT_DAYS = [
  "2025-12-31",
  "2026-01-31",
  "2026-02-28",
  "2026-03-31",
  "2026-04-30",
  "2026-05-12",
  "2026-05-14",
  "2026-05-31",
  "2026-06-03",
  "2026-06-10",
  "2026-06-15",
];
const CYCLE: (AnswerValue | null)[] = ["PASS", "FAIL", "PARTIAL", "NA", null, "FAIL", "PASS", "PARTIAL"];

let scratch: ScratchDatabase;
let db: Db;
const ids = { teamA: "", teamB: "", m1: "", f1: "", m2: "", orphan: "", archived: "" };
let categoryKey = "";

interface Item {
  id: string;
  weight: number;
  remediationDays: number;
  categoryKey: string;
  appliesTo: EntityKind[];
}
let items: Item[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = createPrismaClient(scratch.url, 2);
  // The queries read through db(); point it at this file's own database.
  (globalThis as { debtboardDb?: Db }).debtboardDb = db;
  await prepareChecklist(db, CHECKLIST_SINCE);
  items = (
    await db.checklistItem.findMany({
      where: { retiredAt: null, category: { rubric: "DEBT" } },
      select: { id: true, weight: true, remediationDays: true, appliesTo: true, category: { select: { key: true } } },
    })
  ).map((i) => ({
    id: i.id,
    weight: i.weight,
    remediationDays: i.remediationDays,
    appliesTo: i.appliesTo,
    categoryKey: i.category.key,
  }));
  categoryKey = items[0]?.categoryKey ?? "";

  const created = new Date("2025-06-01T00:00:00Z");
  const teamA = await createTeam(db, { createdAt: created });
  const teamB = await createTeam(db, { createdAt: created });
  ids.teamA = teamA.id;
  ids.teamB = teamB.id;
  const entity = async (kind: EntityKind, teamId: string | null, archivedAt: Date | null = null) =>
    (await createEntity(db, { kind, teamId, createdAt: created, archivedAt })).id;
  ids.m1 = await entity("MODEL", teamA.id);
  ids.f1 = await entity("FEATURE", teamA.id);
  ids.archived = await entity("MODEL", teamA.id, new Date("2026-04-15T09:00:00Z"));
  ids.m2 = await entity("MODEL", teamB.id);
  ids.orphan = await entity("MODEL", null);

  const assess = async (entityId: string, kind: EntityKind, at: string, offset: number) => {
    const answers: Record<string, AnswerValue> = {};
    items
      .filter((i) => i.appliesTo.includes(kind))
      .forEach((item, n) => {
        const v = CYCLE[(n + offset) % CYCLE.length];
        if (v) answers[item.id] = v;
      });
    await createSubmittedAssessment(db, { entityId, answers, submittedAt: new Date(at) });
  };
  await assess(ids.m1, "MODEL", "2025-12-10T10:00:00Z", 0);
  await assess(ids.m1, "MODEL", "2026-03-05T10:00:00Z", 1);
  await assess(ids.m1, "MODEL", "2026-05-13T10:00:00Z", 2);
  await assess(ids.f1, "FEATURE", "2026-02-01T10:00:00Z", 3);
  await assess(ids.archived, "MODEL", "2026-01-20T10:00:00Z", 4);
  await assess(ids.m2, "MODEL", "2026-01-15T10:00:00Z", 5);
  await assess(ids.m2, "MODEL", "2026-06-10T23:30:00Z", 6);
  await assess(ids.orphan, "MODEL", "2026-04-01T10:00:00Z", 7);
  await recordScoreSnapshots(db, { on: SNAPSHOT_DAYS.map((d) => new Date(`${d}T12:00:00Z`)) });
}, 120_000);

afterAll(async () => {
  delete (globalThis as { debtboardDb?: Db }).debtboardDb;
  await db.$disconnect();
  await scratch.drop();
});

// ─── the independent recomputation ───────────────────────────────────────────

interface Row {
  entityId: string;
  teamId: string | null;
  kind: EntityKind;
  archivedAt: Date | null;
  submittedAt: Date;
  submittedSeq: number;
  sums: ScoreSums;
  answers: Map<string, AnswerValue>;
}

async function allAssessments(): Promise<Row[]> {
  const rows = await db.assessment.findMany({
    where: { rubric: "DEBT", status: "SUBMITTED" },
    select: {
      entityId: true,
      submittedAt: true,
      submittedSeq: true,
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
      entity: { select: { teamId: true, kind: true, archivedAt: true } },
      answers: { select: { itemId: true, value: true } },
    },
  });
  return rows.map((r) => ({
    entityId: r.entityId,
    teamId: r.entity.teamId,
    kind: r.entity.kind,
    archivedAt: r.entity.archivedAt,
    submittedAt: r.submittedAt as Date,
    submittedSeq: r.submittedSeq ?? 0,
    sums: {
      debtWeight: r.debtWeight ?? 0,
      totalWeight: r.totalWeight ?? 0,
      answeredCount: r.answeredCount ?? 0,
      applicableCount: r.applicableCount ?? 0,
      principalDays: r.principalDays ?? 0,
    },
    answers: new Map(r.answers.map((a) => [a.itemId, a.value])),
  }));
}

/** Each entity's latest assessment submitted before `cutoff`, entities archived by then left out. */
function latestAsOf(rows: readonly Row[], cutoff: Date, filter: (r: Row) => boolean = () => true): Row[] {
  const best = new Map<string, Row>();
  for (const r of rows) {
    if (!filter(r) || r.submittedAt >= cutoff || (r.archivedAt && r.archivedAt < cutoff)) continue;
    const b = best.get(r.entityId);
    if (!b || r.submittedSeq > b.submittedSeq) best.set(r.entityId, r);
  }
  return [...best.values()];
}

function categorySums(r: Row, key: string): ScoreSums {
  const asked = items.filter((i) => i.appliesTo.includes(r.kind));
  const breakdown = sumByCategory(
    asked.map((i) => ({
      categoryKey: i.categoryKey,
      weight: i.weight,
      remediationDays: i.remediationDays,
      value: r.answers.get(i.id) ?? null,
    })),
  );
  return breakdown.categories.find((c) => c.categoryKey === key)?.sums ?? sumAnswers([]);
}

const endOf = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000);

/** The recorded snapshot days of the range, the last of each bucket. */
function expectedDays(grain: "week" | "month", from: string, to: string): string[] {
  const days = SNAPSHOT_DAYS.filter((d) => d >= from && d <= to);
  return bucketsBetween(from, to, grain).flatMap((b) => {
    const inBucket = days.filter((d) => d >= b.start && d <= b.end);
    return inBucket.length ? [inBucket[inBucket.length - 1] as string] : [];
  });
}

function expectSums(actual: ScoreSums, expected: ScoreSums, where: string) {
  for (const k of ["debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays"] as const) {
    expect(actual[k], `${where}: ${k}`).toBeCloseTo(expected[k], 9);
  }
}

function checkPoints(
  points: readonly TrendPoint[],
  days: readonly string[],
  expected: (day: string) => { sums: ScoreSums; n: number },
  label: string,
) {
  expect(
    points.map((p) => p.day),
    label,
  ).toEqual(days);
  for (const p of points) {
    const e = expected(p.day);
    expectSums(p.sums, e.sums, `${label} ${p.day}`);
    expect(p.entityCount, `${label} ${p.day}: entities`).toBe(e.n);
  }
}

// ─── the tests ───────────────────────────────────────────

describe("getScoreTrend", () => {
  it("organisation and team: the last snapshot of each month and week equals the pooled latest assessments", async () => {
    const rows = await allAssessments();
    for (const grain of ["month", "week"] as const) {
      const from = rangeStart("12m", NOW);
      const days = expectedDays(grain, from, isoDay(NOW));
      const org = await getScoreTrend({ scope: { kind: "org" }, range: "12m", grain, now: NOW });
      checkPoints(
        org.points,
        days,
        (d) => {
          const latest = latestAsOf(rows, endOf(d));
          return { sums: poolSums(latest.map((r) => r.sums)), n: latest.length };
        },
        `org/${grain}`,
      );
      const team = await getScoreTrend({ scope: { kind: "team", teamId: ids.teamA }, range: "12m", grain, now: NOW });
      checkPoints(
        team.points,
        days,
        (d) => {
          const latest = latestAsOf(rows, endOf(d), (r) => r.teamId === ids.teamA);
          return { sums: poolSums(latest.map((r) => r.sums)), n: latest.length };
        },
        `team/${grain}`,
      );
    }
    // The week of 11–17 May keeps the 14th, the later of its two snapshots.
    const weekly = await getScoreTrend({ scope: { kind: "org" }, range: "12m", grain: "week", now: NOW });
    expect(weekly.points.map((p) => p.day)).toContain("2026-05-14");
    expect(weekly.points.map((p) => p.day)).not.toContain("2026-05-12");
  });

  it("a short range starts at its first day", async () => {
    const trend = await getScoreTrend({ scope: { kind: "org" }, range: "3m", grain: "month", now: NOW });
    expect(trend.from).toBe("2026-03-15");
    expect(trend.points.map((p) => p.day)).toEqual(["2026-03-31", "2026-04-30", "2026-05-31", "2026-06-15"]);
  });

  it("a category, in the organisation and in a team, equals the answers' category sums", async () => {
    const rows = await allAssessments();
    const days = expectedDays("month", rangeStart("6m", NOW), isoDay(NOW));
    const expected = (teamId?: string) => (d: string) => {
      const latest = latestAsOf(rows, endOf(d), (r) => !teamId || r.teamId === teamId);
      const sums = latest.map((r) => categorySums(r, categoryKey));
      return { sums: poolSums(sums), n: sums.filter((s) => s.applicableCount > 0).length };
    };
    const org = await getScoreTrend({
      scope: { kind: "category", categoryKey },
      range: "6m",
      grain: "month",
      now: NOW,
    });
    checkPoints(org.points, days, expected(), "category/org");
    const team = await getScoreTrend({
      scope: { kind: "category", categoryKey, teamId: ids.teamA },
      range: "6m",
      grain: "month",
      now: NOW,
    });
    checkPoints(team.points, days, expected(ids.teamA), "category/team");
  });

  it("an entity: its latest submitted assessment as of each bucket's last day", async () => {
    const rows = await allAssessments();
    const from = rangeStart("6m", NOW);
    const trend = await getScoreTrend({
      scope: { kind: "entity", entityId: ids.m1 },
      range: "6m",
      grain: "week",
      now: NOW,
    });
    const expected = bucketsBetween(from, isoDay(NOW), "week").flatMap((b) => {
      const [latest] = latestAsOf(
        rows.map((r) => ({ ...r, archivedAt: null })),
        endOf(b.end),
        (r) => r.entityId === ids.m1,
      );
      return latest ? [{ day: b.end, sums: latest.sums }] : [];
    });
    expect(trend.source).toBe("assessments");
    expect(trend.points.map((p) => p.day)).toEqual(expected.map((e) => e.day));
    trend.points.forEach((p, i) => expectSums(p.sums, expected[i]?.sums ?? sumAnswers([]), `entity ${p.day}`));
    // Three submissions in range (Dec before it carries in): the line changes exactly twice.
    const ratios = trend.points.map((p) => p.sums.debtWeight / p.sums.totalWeight);
    expect(new Set(ratios).size).toBe(3);
  });

  it("an empty team has no points", async () => {
    const team = await createTeam(db, { createdAt: new Date("2025-06-01T00:00:00Z") });
    const trend = await getScoreTrend({
      scope: { kind: "team", teamId: team.id },
      range: "12m",
      grain: "month",
      now: NOW,
    });
    expect(trend.points).toEqual([]);
  });
});

describe("getScoreChange", () => {
  it("now, 30 and 90 days ago equal the pooled latest assessments at those moments", async () => {
    const rows = await allAssessments();
    const change = await getScoreChange({ now: NOW });
    const at = (days: number) => new Date(NOW.getTime() - days * 86_400_000 + 1);
    expectSums(change.now, poolSums(latestAsOf(rows, at(0)).map((r) => r.sums)), "now");
    for (const d of [30, 90] as const) {
      const latest = latestAsOf(rows, at(d));
      expectSums(change.ago[d].sums, poolSums(latest.map((r) => r.sums)), `${d} days ago`);
      expect(change.ago[d].assessedCount).toBe(latest.length);
    }
    // 90 days ago (17 March) the archived model still counted and the orphan was not assessed yet;
    // now the orphan counts and the archived model does not.
    expect(change.ago[90].assessedCount).toBe(4);
    expect(change.ago[30].assessedCount).toBe(4);
    expect(change.assessedCount).toBe(4);
    expect(change.ago[90].sums).not.toEqual(change.now);

    const team = await getScoreChange({ now: NOW, teamId: ids.teamB });
    expectSums(
      team.now,
      poolSums(latestAsOf(rows, at(0), (r) => r.teamId === ids.teamB).map((r) => r.sums)),
      "team B now",
    );
    expectSums(
      team.ago[30].sums,
      poolSums(latestAsOf(rows, at(30), (r) => r.teamId === ids.teamB).map((r) => r.sums)),
      "team B 30 days ago",
    );
  });
});

describe("listCategoryScores", () => {
  it("pools each active entity's answered items per category", async () => {
    const rows = await allAssessments();
    for (const teamId of [undefined, ids.teamA]) {
      const latest = latestAsOf(rows, new Date(8.64e15), (r) => !r.archivedAt && (!teamId || r.teamId === teamId));
      const scores = await listCategoryScores({ teamId });
      expect(scores.length).toBe(new Set(items.map((i) => i.categoryKey)).size);
      for (const s of scores) {
        const pooled = poolSums(latest.map((r) => categorySums(r, s.key)));
        if (pooled.answeredCount === 0) {
          expect(s.totalWeight, s.key).toBeNull();
          continue;
        }
        expect(s.debtWeight, s.key).toBeCloseTo(pooled.debtWeight, 9);
        expect(s.totalWeight, s.key).toBeCloseTo(pooled.totalWeight, 9);
        expect(s.principalDays, s.key).toBeCloseTo(pooled.principalDays, 9);
        expect(s.answeredCount, s.key).toBe(pooled.answeredCount);
      }
    }
  });
});

describe("listTimelineEvents", () => {
  it("lists reviews of the team and the organisation, and large imports only", async () => {
    const review = (teamId: string | null, title: string, startedAt: string, closedAt: string | null) =>
      db.review.create({
        data: {
          teamId,
          title,
          periodStart: new Date("2026-01-01"),
          periodEnd: new Date(startedAt),
          startedAt: new Date(startedAt),
          closedAt: closedAt ? new Date(closedAt) : null,
          status: closedAt ? "CLOSED" : "OPEN",
        },
      });
    await review(ids.teamA, "A review", "2026-03-02T09:00:00Z", "2026-03-02T10:15:00Z");
    await review(null, "Org review", "2026-05-04T09:00:00Z", null);
    await review(ids.teamB, "B review", "2026-04-06T09:00:00Z", "2026-04-06T10:00:00Z");
    await review(ids.teamA, "Too old", "2025-01-06T09:00:00Z", "2025-01-06T10:00:00Z");
    const run = (summary: object, createdAt: string, dryRun = false) =>
      db.importRun.create({ data: { source: "CLI", summary, createdAt: new Date(createdAt), dryRun } });
    await run({ created: 3, changed: 1, archived: 0 }, "2026-02-10T09:00:00Z");
    await run({ created: 12, changed: 6, archived: 2 }, "2026-02-11T09:00:00Z");
    await run({ created: { teams: 2, models: 30 }, changed: 0, archived: 0 }, "2026-02-12T09:00:00Z");
    await run({ created: 300, changed: 0, archived: 0 }, "2026-02-13T09:00:00Z", true);

    const teamA = await listTimelineEvents({ from: "2025-12-15", to: "2026-06-15", teamId: ids.teamA });
    expect(teamA.map((e) => [e.kind, e.title, e.at.toISOString().slice(0, 10)])).toEqual([
      ["import", "Catalogue import (cli)", "2026-02-11"],
      ["import", "Catalogue import (cli)", "2026-02-12"],
      ["review-started", "A review", "2026-03-02"],
      ["review-closed", "A review", "2026-03-02"],
      ["review-started", "Org review", "2026-05-04"],
    ]);
    expect(teamA.find((e) => e.kind === "import")?.detail).toBe("20 changes");
    const ofEntity = await listTimelineEvents({ from: "2025-12-15", to: "2026-06-15", entityId: ids.m2 });
    expect(ofEntity.filter((e) => e.kind !== "import").map((e) => e.title)).toEqual([
      "B review",
      "B review",
      "Org review",
    ]);
    const ofOrphan = await listTimelineEvents({ from: "2025-12-15", to: "2026-06-15", entityId: ids.orphan });
    expect(ofOrphan.filter((e) => e.kind !== "import").map((e) => e.title)).toEqual(["Org review"]);
    const org = await listTimelineEvents({ from: "2025-12-15", to: "2026-06-15" });
    expect(org.filter((e) => e.kind !== "import").map((e) => e.title)).toEqual([
      "A review",
      "A review",
      "B review",
      "B review",
      "Org review",
    ]);
  });
});
