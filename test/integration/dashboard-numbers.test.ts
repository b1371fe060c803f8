// The numbers the overview and a team page show, checked against a recomputation written here
// from raw Answer rows and ChecklistItem weights (no production SQL, no lib/domain/scoring), on
// the demo organisation. Then the hotspot ranking on a small hand-built graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { seedDemo } from "@/lib/server/seed/demo";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { getOrgScore } from "@/lib/server/dashboards/get-org-score";
import { getTeam } from "@/lib/server/teams/get-team";
import { listCategoryScores } from "@/lib/server/dashboards/list-category-scores";
import {
  listEntityCategoryCells,
  listTeamCategoryCells,
  listTeamCategoryCellsFromSnapshots,
} from "@/lib/server/dashboards/list-category-heatmaps";
import { listHotspots, rankHotspots } from "@/lib/server/dashboards/list-hotspots";
import { listTeamEntityTable } from "@/lib/server/dashboards/list-team-entity-table";
import { countEntitiesByRating } from "@/lib/server/dashboards/count-entities-by-rating";
import { listStaleAssessments } from "@/lib/server/dashboards/list-stale-assessments";
import { refreshTodaySnapshotsIfMoved } from "@/lib/server/scoring/refresh-today-snapshots";
import { rebuildCurrentScores, syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const NOW = new Date("2026-11-26T12:00:00Z");
const globalForDb = globalThis as unknown as { debtboardDb?: Db };

// ─── The independent recomputation ───────────────────────────────────────────

interface Sums {
  dw: number;
  tw: number;
  answered: number;
  applicable: number;
  days: number;
}
const zero = (): Sums => ({ dw: 0, tw: 0, answered: 0, applicable: 0, days: 0 });
const add = (a: Sums, b: Sums): Sums => ({
  dw: a.dw + b.dw,
  tw: a.tw + b.tw,
  answered: a.answered + b.answered,
  applicable: a.applicable + b.applicable,
  days: a.days + b.days,
});
const DEBT: Record<string, number> = { PASS: 0, PARTIAL: 0.5, FAIL: 1 };
const ratio = (s: Sums) => (s.tw > 0 ? s.dw / s.tw : null);
function letter(r: number | null): string | null {
  if (r === null) return null;
  for (const [l, max] of [
    ["A", 0.05],
    ["B", 0.1],
    ["C", 0.2],
    ["D", 0.5],
  ] as const)
    if (r <= max + 1e-9) return l;
  return "E";
}

interface Recomputed {
  /** entityId → overall sums and per-category sums (answered items only for categories). */
  entities: Map<string, { teamId: string | null; submittedAt: Date; overall: Sums; byCategory: Map<string, Sums> }>;
  /** Every active entity (assessed or not): id → name and team. */
  active: Map<string, { name: string; teamId: string | null }>;
}

async function recompute(db: Db): Promise<Recomputed> {
  const entities = await db.entity.findMany({
    where: { archivedAt: null },
    select: { id: true, kind: true, name: true, teamId: true },
  });
  const assessments = await db.assessment.findMany({
    where: { rubric: "DEBT", status: "SUBMITTED" },
    select: { id: true, entityId: true, submittedSeq: true, submittedAt: true },
  });
  const latest = new Map<string, (typeof assessments)[number]>();
  for (const a of assessments) {
    const cur = latest.get(a.entityId);
    if (!cur || (a.submittedSeq ?? -1) > (cur.submittedSeq ?? -1)) latest.set(a.entityId, a);
  }
  const items = await db.checklistItem.findMany({
    where: { category: { rubric: "DEBT" } },
    select: {
      id: true,
      categoryId: true,
      weight: true,
      remediationDays: true,
      appliesTo: true,
      createdAt: true,
      retiredAt: true,
    },
  });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const chosenIds = [...latest.values()].map((a) => a.id);
  const answers = await db.answer.findMany({
    where: { assessmentId: { in: chosenIds } },
    select: { assessmentId: true, itemId: true, value: true },
  });
  const byAssessment = new Map<string, { itemId: string; value: string }[]>();
  for (const a of answers) byAssessment.set(a.assessmentId, [...(byAssessment.get(a.assessmentId) ?? []), a]);

  const out: Recomputed = {
    entities: new Map(),
    active: new Map(entities.map((e) => [e.id, { name: e.name, teamId: e.teamId }])),
  };
  for (const e of entities) {
    const a = latest.get(e.id);
    if (!a || !a.submittedAt) continue;
    const at = a.submittedAt;
    const given = new Map((byAssessment.get(a.id) ?? []).map((x) => [x.itemId, x.value]));
    // Items that applied when it was submitted, plus any answered item (retired ones keep scoring).
    const asked = new Set(
      items
        .filter((i) => i.appliesTo.includes(e.kind) && i.createdAt <= at && (!i.retiredAt || i.retiredAt > at))
        .map((i) => i.id),
    );
    for (const id of given.keys()) asked.add(id);
    let overall = zero();
    const byCategory = new Map<string, Sums>();
    for (const id of asked) {
      const item = itemById.get(id);
      if (!item) continue;
      const value = given.get(id);
      if (value === "NA") continue;
      const s = zero();
      s.applicable = 1;
      if (value !== undefined) {
        const debt = DEBT[value]!;
        s.answered = 1;
        s.tw = item.weight;
        s.dw = item.weight * debt;
        s.days = item.remediationDays * debt;
        // Category cells count answered items only.
        byCategory.set(item.categoryId, add(byCategory.get(item.categoryId) ?? zero(), { ...s, applicable: 0 }));
      }
      overall = add(overall, s);
    }
    out.entities.set(e.id, { teamId: e.teamId, submittedAt: at, overall, byCategory });
  }
  return out;
}

function pool(r: Recomputed, filter: (e: { teamId: string | null }) => boolean): Sums {
  let s = zero();
  for (const e of r.entities.values()) if (filter(e)) s = add(s, e.overall);
  return s;
}

function poolCategories(r: Recomputed, filter: (e: { teamId: string | null }) => boolean): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const e of r.entities.values()) {
    if (!filter(e)) continue;
    for (const [c, s] of e.byCategory) out.set(c, add(out.get(c) ?? zero(), s));
  }
  return out;
}

// ─── Demo organisation ───────────────────────────────────────────────────────

let scratch: ScratchDatabase;
let db: Db;
let expected: Recomputed;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = createPrismaClient(scratch.url, 4);
  globalForDb.debtboardDb = db;
  await loadChecklist(db);
  await seedDemo(db, { seed: 42, now: NOW });
  await recomputeFindings(db, { now: NOW });
  expected = await recompute(db);
}, 180_000);
afterAll(async () => {
  await db.$disconnect();
  globalForDb.debtboardDb = undefined;
  await scratch.drop();
});

describe("dashboard numbers on the demo organisation", () => {
  it("the overview's organisation score equals the pooled raw answers", async () => {
    const org = await getOrgScore();
    const want = pool(expected, () => true);
    expect(want.tw).toBeGreaterThan(0);
    expect(org.sums.debtWeight).toBeCloseTo(want.dw, 9);
    expect(org.sums.totalWeight).toBeCloseTo(want.tw, 9);
    expect(org.sums.answeredCount).toBe(want.answered);
    expect(org.sums.applicableCount).toBe(want.applicable);
    expect(org.sums.principalDays).toBeCloseTo(want.days, 9);
    expect(org.assessedCount).toBe(expected.entities.size);
    expect(letter(org.sums.debtWeight / org.sums.totalWeight)).toBe(letter(ratio(want)));
  });

  it("a team page's score, per-category bars and entity table equal the raw answers", async () => {
    const team = await getTeam({ slug: "team-ranking" });
    expect(team).not.toBeNull();
    const mine = (e: { teamId: string | null }) => e.teamId === team!.id;
    const want = pool(expected, mine);
    expect(team!.sums.debtWeight).toBeCloseTo(want.dw, 9);
    expect(team!.sums.totalWeight).toBeCloseTo(want.tw, 9);
    expect(team!.sums.answeredCount).toBe(want.answered);
    expect(team!.sums.applicableCount).toBe(want.applicable);
    expect(team!.sums.principalDays).toBeCloseTo(want.days, 9);

    const categories = await db.debtCategory.findMany({ where: { rubric: "DEBT" }, select: { id: true, key: true } });
    const idOf = new Map(categories.map((c) => [c.key, c.id]));
    const wantByCategory = poolCategories(expected, mine);
    const bars = await listCategoryScores({ teamId: team!.id });
    expect(bars).toHaveLength(categories.length);
    for (const bar of bars) {
      const w = wantByCategory.get(idOf.get(bar.key)!);
      if (!w) expect(bar.totalWeight ?? 0, bar.key).toBe(0);
      else {
        expect(bar.debtWeight, bar.key).toBeCloseTo(w.dw, 9);
        expect(bar.totalWeight, bar.key).toBeCloseTo(w.tw, 9);
        expect(bar.principalDays, bar.key).toBeCloseTo(w.days, 9);
      }
    }

    const table = await listTeamEntityTable({ teamId: team!.id, sort: "debt", dir: "desc", page: 1, pageSize: 500 });
    expect(table.total).toBe(await db.entity.count({ where: { teamId: team!.id, archivedAt: null } }));
    for (const row of table.rows) {
      const w = expected.entities.get(row.id);
      if (!w) expect(row.sums).toBeNull();
      else {
        expect(row.sums?.debtWeight, row.name).toBeCloseTo(w.overall.dw, 9);
        expect(row.sums?.principalDays, row.name).toBeCloseTo(w.overall.days, 9);
      }
    }
    // Sorted worst ratio first, never-assessed last.
    const ratios = table.rows.map((r) =>
      r.sums && r.sums.totalWeight > 0 ? r.sums.debtWeight / r.sums.totalWeight : -1,
    );
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
  });

  it("the ratings distribution and the stale / never-assessed counts equal the raw assessments", async () => {
    const team = await db.team.findUniqueOrThrow({ where: { slug: "team-ranking" }, select: { id: true } });
    for (const teamId of [undefined, team.id]) {
      const inScope = (e: { teamId: string | null }) => teamId === undefined || e.teamId === teamId;
      const wantRatings: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
      for (const e of expected.entities.values()) {
        const l = inScope(e) ? letter(ratio(e.overall)) : null;
        if (l) wantRatings[l]! += 1;
      }
      expect(await countEntitiesByRating({ teamId }), teamId ?? "org").toEqual(wantRatings);

      const maxAgeDays = 90;
      const cutoff = new Date(NOW.getTime() - maxAgeDays * 86_400_000);
      const stale = [...expected.entities]
        .filter(([, e]) => inScope(e) && e.submittedAt < cutoff)
        .map(([id, e]) => ({ id, name: expected.active.get(id)!.name, submittedAt: e.submittedAt }))
        .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.name.localeCompare(b.name));
      const activeInScope = [...expected.active.values()].filter(inScope).length;
      const assessedInScope = [...expected.entities.values()].filter(inScope).length;
      const got = await listStaleAssessments({ now: NOW, maxAgeDays, teamId, limit: 5 });
      expect(got.staleCount, teamId ?? "org").toBe(stale.length);
      expect(got.neverCount, teamId ?? "org").toBe(activeInScope - assessedInScope);
      expect(got.rows.map((r) => r.id)).toEqual(stale.slice(0, 5).map((r) => r.id));
    }
    // The demo has some of each, so the counts above were not trivially zero.
    const org = await listStaleAssessments({ now: NOW, maxAgeDays: 90 });
    expect(org.staleCount).toBeGreaterThan(0);
    expect(org.neverCount).toBeGreaterThan(0);
  });

  it("every teams × categories heatmap cell equals the raw answers, from the snapshot and live", async () => {
    const teams = await db.team.findMany({ where: { archivedAt: null }, select: { id: true } });
    const want = new Map<string, Sums>();
    for (const t of teams)
      for (const [c, s] of poolCategories(expected, (e) => e.teamId === t.id)) want.set(`${t.id}/${c}`, s);
    expect(want.size).toBeGreaterThan(10);
    for (const cells of [await listTeamCategoryCellsFromSnapshots(), await listTeamCategoryCells()]) {
      const got = new Map(cells.filter((c) => c.totalWeight > 0).map((c) => [`${c.rowId}/${c.categoryId}`, c]));
      expect([...got.keys()].sort()).toEqual([...want.keys()].filter((k) => want.get(k)!.tw > 0).sort());
      for (const [k, w] of want) {
        if (w.tw === 0) continue;
        expect(got.get(k)!.debtWeight, k).toBeCloseTo(w.dw, 9);
        expect(got.get(k)!.totalWeight, k).toBeCloseTo(w.tw, 9);
      }
    }
  });

  it("the hotspots' entities × categories cells equal the raw answers", async () => {
    const top = await listHotspots({ limit: 15 });
    expect(top.length).toBe(15);
    const cells = await listEntityCategoryCells(top.map((h) => h.id));
    let n = 0;
    for (const h of top) {
      const w = expected.entities.get(h.id)!;
      expect(h.sums.debtWeight).toBeCloseTo(w.overall.dw, 9);
      for (const [categoryId, s] of w.byCategory) {
        const cell = cells.find((c) => c.rowId === h.id && c.categoryId === categoryId);
        expect(cell?.debtWeight).toBeCloseTo(s.dw, 9);
        expect(cell?.totalWeight).toBeCloseTo(s.tw, 9);
        n++;
      }
    }
    expect(cells).toHaveLength(n);
    // Ranked by ratio × impact, highest first.
    const scores = top.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const h of top)
      expect(h.score).toBeCloseTo(
        (h.sums.debtWeight / h.sums.totalWeight) * (1 + Math.log2(1 + h.downstream) + Math.log2(1 + h.consumers)),
        9,
      );
  });
});

describe("today's snapshots after a catalogue change", () => {
  it("follow an archived entity and a team move, so the heatmap stays equal to the live pool", async () => {
    await refreshTodaySnapshotsIfMoved(db, NOW);
    const key = (c: { rowId: string; categoryId: string }) => `${c.rowId}/${c.categoryId}`;
    const same = async () => {
      const live = new Map((await listTeamCategoryCells()).map((c) => [key(c), c.debtWeight]));
      const snap = (await listTeamCategoryCellsFromSnapshots()).filter((c) => c.totalWeight > 0);
      expect(snap.length).toBe(live.size);
      for (const c of snap) expect(c.debtWeight, key(c)).toBeCloseTo(live.get(key(c))!, 9);
    };
    const [a, b] = await db.entity.findMany({
      where: { archivedAt: null, teamId: { not: null }, assessments: { some: { status: "SUBMITTED" } } },
      take: 2,
      orderBy: { name: "asc" },
    });
    const other = await db.team.findFirstOrThrow({ where: { id: { not: b!.teamId! }, archivedAt: null } });
    await db.entity.update({ where: { id: a!.id }, data: { archivedAt: NOW } });
    await db.entity.update({ where: { id: b!.id }, data: { teamId: other.id } });
    // Written behind the app's back (no archive or edit action), so the current scores are synced here.
    await db.$transaction((tx) => syncCurrentScores(tx, [a!.id, b!.id]));
    expect(await refreshTodaySnapshotsIfMoved(db, NOW)).toBe(true);
    await same();
    // Nothing moved since: no second recompute.
    expect(await refreshTodaySnapshotsIfMoved(db, NOW)).toBe(false);
  });
});

// ─── Hotspot ranking on a hand-built graph ───────────────────────────────────

describe("hotspot ranking on a small graph", () => {
  let small: ScratchDatabase;
  let sdb: Db;

  beforeAll(async () => {
    small = await createScratchDatabase();
    sdb = createPrismaClient(small.url, 2);
    globalForDb.debtboardDb = sdb;
    const team = await sdb.team.create({ data: { slug: "team-x", name: "Team X" } });
    const make = (kind: "MODEL" | "FEATURE" | "DATA_SOURCE" | "CONSUMER", name: string) =>
      sdb.entity.create({ data: { kind, name, teamId: team.id, lifecycle: "PRODUCTION" } });
    const src = await make("DATA_SOURCE", "clickstream");
    const f1 = await make("FEATURE", "clicks-7d");
    const f2 = await make("FEATURE", "dwell-7d");
    const ctr = await make("MODEL", "ctr");
    const churn = await make("MODEL", "churn");
    const ranker = await make("CONSUMER", "ranker");
    const dash = await make("CONSUMER", "ads-dashboard");
    const rel = (
      fromId: string,
      toId: string,
      kind: "FEATURE_FROM_SOURCE" | "MODEL_USES_FEATURE" | "CONSUMER_READS_MODEL",
    ) => ({ fromId, toId, kind });
    await sdb.relation.createMany({
      data: [
        rel(src.id, f1.id, "FEATURE_FROM_SOURCE"),
        rel(src.id, f2.id, "FEATURE_FROM_SOURCE"),
        rel(f1.id, ctr.id, "MODEL_USES_FEATURE"),
        rel(f2.id, ctr.id, "MODEL_USES_FEATURE"),
        rel(ctr.id, ranker.id, "CONSUMER_READS_MODEL"),
        rel(ctr.id, dash.id, "CONSUMER_READS_MODEL"),
      ],
    });
    await sdb.usageEvent.create({
      data: { callerName: "nightly-batch", modelId: ctr.id, occurredAt: new Date(NOW.getTime() - 86_400_000) },
    });
    // Frozen sums only: the ranking reads the latest submitted assessment's sums.
    const assess = (entityId: string, dw: number, tw: number) =>
      sdb.assessment.create({
        data: {
          entityId,
          status: "SUBMITTED",
          submittedSeq: 1,
          submittedAt: NOW,
          debtWeight: dw,
          totalWeight: tw,
          answeredCount: 5,
          applicableCount: 5,
          principalDays: dw,
        },
      });
    await assess(src.id, 2, 10); // 20 %
    await assess(ctr.id, 3, 10); // 30 %
    await assess(churn.id, 6, 10); // 60 %
    await assess(f1.id, 0, 10); // no debt: not a hotspot
    await sdb.$transaction((tx) => rebuildCurrentScores(tx));
    await recomputeFindings(sdb, { now: NOW });
  }, 60_000);
  afterAll(async () => {
    await sdb.$disconnect();
    globalForDb.debtboardDb = db;
    await small.drop();
  });

  it("ranks the docs' worked example: ctr, clickstream, churn", async () => {
    const rows = await listHotspots();
    expect(rows.map((r) => [r.name, r.downstream, r.consumers])).toEqual([
      ["ctr", 2, 3],
      ["clickstream", 5, 3],
      ["churn", 0, 0],
    ]);
    expect(rows.map((r) => Number(r.score.toFixed(2)))).toEqual([1.38, 1.12, 0.6]);
  });

  it("filters by kind, lifecycle and team", async () => {
    expect((await listHotspots({ kind: "MODEL" })).map((r) => r.name)).toEqual(["ctr", "churn"]);
    expect(await listHotspots({ lifecycle: "DEPRECATED" })).toEqual([]);
    expect(await listHotspots({ team: "nobody" })).toEqual([]);
  });

  it("pages the ranking: a page's rows continue the order, each page knows the whole ranking's size", async () => {
    const first = await rankHotspots({ limit: 2 });
    expect([first.rows.map((r) => r.name), first.total]).toEqual([["ctr", "clickstream"], 3]);
    const second = await rankHotspots({ limit: 2, offset: 2 });
    expect([second.rows.map((r) => r.name), second.total]).toEqual([["churn"], 3]);
    // Past the end: no rows, and still the size, so the page can say so and link back.
    expect(await rankHotspots({ limit: 2, offset: 4 })).toEqual({ rows: [], total: 3 });
    expect(await rankHotspots({ kind: "MODEL", limit: 1, offset: 1 })).toMatchObject({ total: 2 });
    expect(await rankHotspots({ team: "nobody", offset: 20 })).toEqual({ rows: [], total: 0 });
  });
});
