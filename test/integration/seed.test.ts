// The demo seed against a real database of its own: floors, determinism, frozen sums that match
// their answers, every planted debt shape, the trend story, and snapshots that equal an
// independent recomputation. Also the checklist loader's versioning and the scale seed's S size
// (with its kept hotspot scores before and after the first findings recompute).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityKind, Rubric } from "@/lib/domain/kinds";
import { debtRatio, poolSums, sumAnswers, type ScoreSums } from "@/lib/domain/scoring/score";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { seedDemo, IMPROVING_TEAM, WORSENING_TEAM, DEMO_USERS } from "@/lib/server/seed/demo";
import { AlreadySeededError } from "@/lib/server/seed/is-seeded";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createEntity, createSubmittedAssessment, createTeam } from "@/lib/server/seed/factories";
import { seedScale } from "@/lib/server/seed/scale";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const NOW = new Date("2026-11-26T12:00:00.000Z");
const DAY = 86_400_000;
const END_OF_NOW_DAY = new Date("2026-11-27T00:00:00.000Z");

interface Seeded {
  scratch: ScratchDatabase;
  db: Db;
}

const opened: Seeded[] = [];
async function open(): Promise<Seeded> {
  const scratch = await createScratchDatabase();
  const seeded = { scratch, db: createPrismaClient(scratch.url, 2) };
  opened.push(seeded);
  return seeded;
}

afterAll(async () => {
  for (const { db, scratch } of opened) {
    await db.$disconnect();
    await scratch.drop();
  }
}, 120_000);

// ─── Independent recomputation from raw rows ──────────────────────────────────

interface RawAssessment {
  id: string;
  rubric: Rubric;
  submittedAt: Date;
  submittedSeq: number;
  entityId: string;
  kind: EntityKind;
  teamId: string | null;
  archivedAt: Date | null;
  frozen: ScoreSums;
}

async function loadRaw(db: Db) {
  const assessments: RawAssessment[] = (
    await db.assessment.findMany({
      where: { status: "SUBMITTED" },
      select: {
        id: true,
        rubric: true,
        submittedAt: true,
        submittedSeq: true,
        entityId: true,
        debtWeight: true,
        totalWeight: true,
        answeredCount: true,
        applicableCount: true,
        principalDays: true,
        entity: { select: { kind: true, teamId: true, archivedAt: true } },
      },
    })
  ).map((a) => ({
    id: a.id,
    rubric: a.rubric,
    submittedAt: a.submittedAt ?? new Date(0),
    submittedSeq: a.submittedSeq ?? 0,
    entityId: a.entityId,
    kind: a.entity.kind,
    teamId: a.entity.teamId,
    archivedAt: a.entity.archivedAt,
    frozen: {
      debtWeight: a.debtWeight ?? NaN,
      totalWeight: a.totalWeight ?? NaN,
      answeredCount: a.answeredCount ?? NaN,
      applicableCount: a.applicableCount ?? NaN,
      principalDays: a.principalDays ?? NaN,
    },
  }));
  const items = await db.checklistItem.findMany({
    select: {
      id: true,
      weight: true,
      remediationDays: true,
      appliesTo: true,
      createdAt: true,
      retiredAt: true,
      categoryId: true,
      category: { select: { rubric: true } },
    },
  });
  const answers = await db.answer.findMany({
    where: { assessment: { status: "SUBMITTED" } },
    select: { assessmentId: true, itemId: true, value: true },
  });
  const byAssessment = new Map<string, Map<string, (typeof answers)[number]["value"]>>();
  for (const a of answers) {
    const m = byAssessment.get(a.assessmentId) ?? new Map();
    m.set(a.itemId, a.value);
    byAssessment.set(a.assessmentId, m);
  }
  /** Sums per category from the raw answers, counting live applicable items left unanswered. */
  const recompute = (a: RawAssessment): Map<string, ScoreSums> => {
    const given = byAssessment.get(a.id) ?? new Map();
    const live = items.filter(
      (i) =>
        i.category.rubric === a.rubric &&
        i.appliesTo.includes(a.kind) &&
        i.createdAt <= a.submittedAt &&
        (i.retiredAt === null || i.retiredAt > a.submittedAt),
    );
    expect([...given.keys()].every((id) => live.some((i) => i.id === id))).toBe(true);
    const perCategory = new Map<string, ScoreSums>();
    for (const categoryId of new Set(live.map((i) => i.categoryId))) {
      const inCategory = live.filter((i) => i.categoryId === categoryId);
      perCategory.set(
        categoryId,
        sumAnswers(
          inCategory.map((i) => ({
            weight: i.weight,
            remediationDays: i.remediationDays,
            value: given.get(i.id) ?? null,
          })),
        ),
      );
    }
    return perCategory;
  };
  return { assessments, recompute };
}

function expectSumsClose(actual: ScoreSums, expected: ScoreSums) {
  expect(actual.debtWeight).toBeCloseTo(expected.debtWeight, 9);
  expect(actual.totalWeight).toBeCloseTo(expected.totalWeight, 9);
  expect(actual.principalDays).toBeCloseTo(expected.principalDays, 9);
  expect(actual.answeredCount).toBe(expected.answeredCount);
  expect(actual.applicableCount).toBe(expected.applicableCount);
}

// ─── The demo seed ───────────────────────────────────────

describe("demo seed", () => {
  let a: Seeded;
  let b: Seeded;

  beforeAll(async () => {
    [a, b] = await Promise.all([open(), open()]);
    await Promise.all([seedDemo(a.db, { seed: 42, now: NOW }), seedDemo(b.db, { seed: 42, now: NOW })]);
  }, 180_000);

  it("meets the catalogue floors and has the fixed demo users", async () => {
    expect(await a.db.team.count()).toBeGreaterThanOrEqual(6);
    const kinds = await a.db.entity.groupBy({ by: ["kind"], _count: true });
    const count = (k: EntityKind) => kinds.find((x) => x.kind === k)?._count ?? 0;
    expect(count("MODEL")).toBeGreaterThanOrEqual(40);
    expect(count("FEATURE")).toBeGreaterThanOrEqual(300);
    expect(count("DATA_SOURCE")).toBeGreaterThanOrEqual(30);
    expect(count("CONSUMER")).toBeGreaterThanOrEqual(60);
    const users = await a.db.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      select: { orgRole: true, memberships: true },
    });
    expect(users).toHaveLength(DEMO_USERS.length);
    expect(users.filter((u) => u.orgRole === "ADMIN")).toHaveLength(1);
    const lifecycles = new Set((await a.db.entity.findMany({ select: { lifecycle: true } })).map((e) => e.lifecycle));
    expect(lifecycles).toEqual(new Set(["EXPERIMENTAL", "PRODUCTION", "DEPRECATED", "RETIRED"]));
    expect(await a.db.importRun.count({ where: { source: "SEED" } })).toBe(1);
    expect(await a.db.auditEvent.count()).toBeGreaterThan(0);
    expect(await a.db.review.count({ where: { status: "CLOSED" } })).toBe(1);
    const statuses = new Set((await a.db.actionItem.findMany({ select: { status: true } })).map((x) => x.status));
    expect(statuses).toEqual(new Set(["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"]));
    expect(await a.db.actionItem.count({ where: { status: "WONT_DO", wontDoReason: null } })).toBe(0);
  });

  it("gives the same organisation for the same seed and now", async () => {
    const fingerprint = async (db: Db) => ({
      teams: (await db.team.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((t) => t.slug),
      entities: (
        await db.entity.findMany({
          select: { kind: true, name: true, lifecycle: true, team: { select: { slug: true } } },
          orderBy: [{ kind: "asc" }, { name: "asc" }],
        })
      ).map((e) => `${e.kind}:${e.name}:${e.lifecycle}:${e.team?.slug ?? "-"}`),
      relations: await db.relation.count(),
      usage: await db.usageEvent.count(),
      answers: (
        await db.assessment.findMany({
          select: {
            rubric: true,
            status: true,
            submittedSeq: true,
            debtWeight: true,
            entity: { select: { kind: true, name: true } },
            _count: { select: { answers: true } },
          },
        })
      )
        .map(
          (x) =>
            `${x.entity.kind}:${x.entity.name}:${x.rubric}:${x.status}:${x.submittedSeq ?? "-"}:${x._count.answers}:${x.debtWeight ?? "-"}`,
        )
        .sort(),
    });
    const [fa, fb] = await Promise.all([fingerprint(a.db), fingerprint(b.db)]);
    expect(fa.answers.length).toBeGreaterThan(500);
    expect(fb).toEqual(fa);
  });

  it("freezes every submitted assessment's sums exactly as its answers add up", async () => {
    const { assessments, recompute } = await loadRaw(a.db);
    expect(assessments.length).toBeGreaterThan(0);
    for (const x of assessments) expectSumsClose(x.frozen, poolSums([...recompute(x).values()]));
  });

  it("stores on each submitted assessment its predecessor's moment and sums, as a submit does", async () => {
    await expectPredecessorSums(a.db);
  });

  it("numbers each entity's submissions 1, 2, 3… each based on the one before", async () => {
    const rows = await a.db.assessment.findMany({
      where: { status: "SUBMITTED" },
      select: { id: true, entityId: true, rubric: true, submittedSeq: true, basedOnId: true },
      orderBy: [{ entityId: "asc" }, { rubric: "asc" }, { submittedSeq: "asc" }],
    });
    let previous: (typeof rows)[number] | undefined;
    for (const row of rows) {
      const sameChain = previous && previous.entityId === row.entityId && previous.rubric === row.rubric;
      expect(row.submittedSeq).toBe(sameChain && previous ? (previous.submittedSeq ?? 0) + 1 : 1);
      expect(row.basedOnId).toBe(sameChain && previous ? previous.id : null);
      previous = row;
    }
  });

  it("plants every debt shape the graph analysis looks for", async () => {
    const db = a.db;
    const entities = await db.entity.findMany({
      select: { id: true, kind: true, teamId: true, archivedAt: true, source: { select: { versioned: true } } },
    });
    const byId = new Map(entities.map((e) => [e.id, e]));
    const relations = await db.relation.findMany({
      where: { archivedAt: null },
      select: { kind: true, fromId: true, toId: true },
    });
    const out = new Map<string, string[]>();
    for (const r of relations) out.set(r.fromId, [...(out.get(r.fromId) ?? []), r.toId]);
    const isModel = (id: string) => byId.get(id)?.kind === "MODEL";

    // Correction cascades: model → feature → model, one three models deep, one base shared.
    const downstream = new Map<string, Set<string>>();
    for (const r of relations.filter((r) => r.kind === "FEATURE_FROM_MODEL")) {
      for (const next of relations.filter((u) => u.kind === "MODEL_USES_FEATURE" && u.fromId === r.toId)) {
        downstream.set(r.fromId, new Set([...(downstream.get(r.fromId) ?? []), next.toId]));
      }
    }
    expect(downstream.size).toBeGreaterThanOrEqual(2);
    expect([...downstream.values()].some((s) => s.size >= 2)).toBe(true);
    const threeDeep = [...downstream.entries()].some(([, mids]) =>
      [...mids].some((mid) => (downstream.get(mid)?.size ?? 0) > 0),
    );
    expect(threeDeep).toBe(true);

    // Feedback loops: a model that reaches itself, and a loop through two teams' models.
    const reach = (from: string) => {
      const seen = new Set<string>();
      const stack = [...(out.get(from) ?? [])];
      while (stack.length) {
        const id = stack.pop() as string;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(out.get(id) ?? []));
      }
      return seen;
    };
    const models = entities.filter((e) => e.kind === "MODEL").map((e) => e.id);
    const reachable = new Map(models.map((m) => [m, reach(m)]));
    const onCycle = models.filter((m) => reachable.get(m)?.has(m));
    expect(onCycle.length).toBeGreaterThan(0);
    const crossTeamLoop = onCycle.some((m1) =>
      onCycle.some(
        (m2) =>
          byId.get(m1)?.teamId !== byId.get(m2)?.teamId && reachable.get(m1)?.has(m2) && reachable.get(m2)?.has(m1),
      ),
    );
    expect(crossTeamLoop).toBe(true);
    expect(relations.some((r) => r.kind === "CONSUMER_WRITES_SOURCE")).toBe(true);

    // Underutilised: live features no model uses, and live features only retired models use.
    const users = (f: string) =>
      relations.filter((r) => r.kind === "MODEL_USES_FEATURE" && r.fromId === f).map((r) => r.toId);
    const liveFeatures = entities.filter((e) => e.kind === "FEATURE" && !e.archivedAt).map((e) => e.id);
    expect(liveFeatures.filter((f) => users(f).length === 0).length).toBeGreaterThan(0);
    expect(
      liveFeatures.filter((f) => users(f).length > 0 && users(f).every((m) => isModel(m) && byId.get(m)?.archivedAt))
        .length,
    ).toBeGreaterThan(0);

    // Unstable: features built on unversioned sources.
    expect(
      relations.some((r) => r.kind === "FEATURE_FROM_SOURCE" && byId.get(r.fromId)?.source?.versioned === false),
    ).toBe(true);

    // Orphans.
    expect(entities.some((e) => e.teamId === null)).toBe(true);
  });

  it("observes undeclared consumers inside the 30-day window and old usage outside it", async () => {
    const windowStart = new Date(NOW.getTime() - 30 * DAY);
    const declared = new Set(
      (
        await a.db.relation.findMany({ where: { kind: "CONSUMER_READS_MODEL" }, select: { fromId: true, toId: true } })
      ).map((r) => `${r.fromId}>${r.toId}`),
    );
    const usage = await a.db.usageEvent.findMany({
      select: { modelId: true, consumerId: true, callerName: true, occurredAt: true },
    });
    const undeclared = usage.filter((u) => !u.consumerId || !declared.has(`${u.modelId}>${u.consumerId}`));
    const inWindow = undeclared.filter((u) => u.occurredAt >= windowStart && u.occurredAt <= NOW);
    expect(new Set(inWindow.map((u) => u.callerName)).size).toBeGreaterThanOrEqual(3);
    expect(inWindow.some((u) => u.consumerId === null)).toBe(true);
    const onlyBefore = new Set(undeclared.filter((u) => u.occurredAt < windowStart).map((u) => u.callerName));
    for (const u of inWindow) onlyBefore.delete(u.callerName);
    expect(onlyBefore.size).toBeGreaterThan(0);
    expect(usage.length - undeclared.length).toBeGreaterThan(100);
  });

  it("leaves some entities unassessed, some stale, some drafts, and scores some models on the ML Test Score", async () => {
    const entities = await a.db.entity.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        assessments: {
          where: { status: "SUBMITTED", rubric: "DEBT" },
          select: { submittedAt: true },
          orderBy: { submittedAt: "desc" },
          take: 1,
        },
      },
    });
    const staleBefore = new Date(NOW.getTime() - 90 * DAY);
    expect(entities.filter((e) => e.assessments.length === 0).length).toBeGreaterThan(5);
    expect(entities.filter((e) => (e.assessments[0]?.submittedAt ?? NOW) < staleBefore).length).toBeGreaterThan(5);
    expect(
      await a.db.assessment.count({ where: { status: "DRAFT", submittedAt: null, debtWeight: null } }),
    ).toBeGreaterThan(0);
    const incomplete = await a.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Assessment" WHERE status = 'SUBMITTED' AND "answeredCount" < "applicableCount"`;
    expect(Number(incomplete[0]?.n ?? 0)).toBeGreaterThan(0);
    const mlTestItems = await a.db.checklistItem.count({
      where: { category: { rubric: "ML_TEST_SCORE" }, retiredAt: null },
    });
    if (mlTestItems > 0)
      expect(await a.db.assessment.count({ where: { rubric: "ML_TEST_SCORE", status: "SUBMITTED" } })).toBeGreaterThan(
        0,
      );
  });

  it("tells the story: one team pays its debt down, one piles it up", async () => {
    const series = async (slug: string) =>
      (
        await a.db.scoreSnapshot.findMany({
          where: { scope: "TEAM", categoryId: null, team: { slug }, totalWeight: { gt: 0 }, entityCount: { gte: 10 } },
          orderBy: { takenOn: "asc" },
          select: { debtWeight: true, totalWeight: true },
        })
      ).map((s) => debtRatio(s) ?? NaN);
    const improving = await series(IMPROVING_TEAM);
    const worsening = await series(WORSENING_TEAM);
    expect(improving[0]).toBeGreaterThan(0.2);
    expect(improving.at(-1)).toBeLessThanOrEqual(0.1);
    expect(worsening[0]).toBeLessThan(0.2);
    expect(worsening.at(-1)).toBeGreaterThan(0.2);
  });

  it("snapshots today's scores exactly as pooling the latest assessments' raw answers gives", async () => {
    const { assessments, recompute } = await loadRaw(a.db);
    const latest = new Map<string, RawAssessment>();
    for (const x of assessments) {
      if (x.rubric !== "DEBT" || x.submittedAt >= END_OF_NOW_DAY || (x.archivedAt && x.archivedAt < END_OF_NOW_DAY))
        continue;
      const seen = latest.get(x.entityId);
      if (!seen || seen.submittedSeq < x.submittedSeq) latest.set(x.entityId, x);
    }
    const teams = await a.db.team.findMany({ select: { id: true } });
    const snapshots = await a.db.scoreSnapshot.findMany({
      where: { takenOn: new Date("2026-11-26T00:00:00.000Z"), scope: { in: ["ORG", "TEAM"] } },
    });
    const find = (scope: "ORG" | "TEAM", teamId: string | null, categoryId: string | null) => {
      const rows = snapshots.filter((s) => s.scope === scope && s.teamId === teamId && s.categoryId === categoryId);
      expect(rows).toHaveLength(1);
      return rows[0] as (typeof rows)[number];
    };
    const check = (scope: "ORG" | "TEAM", teamId: string | null, members: RawAssessment[]) => {
      const perAssessment = members.map((m) => recompute(m));
      const all = find(scope, teamId, null);
      expectSumsClose(all, poolSums(perAssessment.flatMap((p) => [...p.values()])));
      expect(all.entityCount).toBe(members.length);
      const categoryIds = new Set(perAssessment.flatMap((p) => [...p.keys()]));
      for (const categoryId of categoryIds) {
        const inCategory = perAssessment.flatMap((p) => {
          const sums = p.get(categoryId);
          return sums ? [sums] : [];
        });
        const row = find(scope, teamId, categoryId);
        expectSumsClose(row, poolSums(inCategory));
        expect(row.entityCount).toBe(inCategory.filter((s) => s.applicableCount > 0).length);
      }
    };
    const everyone = [...latest.values()];
    check("ORG", null, everyone);
    for (const team of teams)
      check(
        "TEAM",
        team.id,
        everyone.filter((x) => x.teamId === team.id),
      );

    // Recording the same day again replaces the rows instead of adding to them.
    const before = snapshots.length;
    await recordScoreSnapshots(a.db, { on: NOW });
    expect(await a.db.scoreSnapshot.count({ where: { takenOn: new Date("2026-11-26T00:00:00.000Z") } })).toBe(before);
  });

  it("refuses to seed a database that already has a catalogue", async () => {
    await expect(seedDemo(a.db, { seed: 42, now: NOW })).rejects.toBeInstanceOf(AlreadySeededError);
  });
});

// ─── The checklist loader ────────────────────────────────

describe("loadChecklist", () => {
  const category = { key: "cat-a", name: "Category A", rubric: "DEBT" as const, paperSection: "§1", description: "" };
  const item = (key: string, question: string) => ({
    key,
    categoryKey: "cat-a",
    question,
    guidance: "g",
    weight: 2 as const,
    appliesTo: ["MODEL"] as const,
    remediationDays: 1,
  });

  it("creates, keeps, versions, retires and brings back items by key", async () => {
    const { db } = await open();
    const v1 = { categories: [category], items: [item("a.one", "One?"), item("a.two", "Two?")] };
    expect(await loadChecklist(db, { content: v1 })).toMatchObject({
      changed: true,
      categoriesCreated: 1,
      itemsCreated: 2,
    });
    expect((await loadChecklist(db, { content: v1 })).changed).toBe(false);

    const v2 = { categories: [category], items: [item("a.three", "Three?"), item("a.one", "One, reworded?")] };
    expect(await loadChecklist(db, { content: v2 })).toMatchObject({ itemsCreated: 2, itemsRetired: 2, itemsMoved: 0 });
    const rows = await db.checklistItem.findMany({ orderBy: [{ key: "asc" }, { version: "asc" }] });
    const view = rows.map((r) => `${r.key}@${r.version}:${r.retiredAt ? "retired" : "live"}:${r.position}`);
    expect(view).toEqual(["a.one@1:retired:0", "a.one@2:live:1", "a.three@1:live:0", "a.two@1:retired:1"]);
    expect((await loadChecklist(db, { content: v2 })).changed).toBe(false);

    // A key that comes back gets a version after its last one.
    const v3 = { categories: [category], items: [...v2.items, item("a.two", "Two?")] };
    await loadChecklist(db, { content: v3 });
    expect(
      await db.checklistItem.findFirst({ where: { key: "a.two", retiredAt: null }, select: { version: true } }),
    ).toEqual({ version: 2 });

    // An item edited in the app is left alone by later loads.
    const editor = await db.user.create({ data: { name: "Editor", email: `editor-${Date.now()}@test.debtboard.dev` } });
    await db.checklistItem.updateMany({
      where: { key: "a.three", retiredAt: null },
      data: { editedById: editor.id, question: "Three, as we say it?" },
    });
    expect((await loadChecklist(db, { content: v3 })).changed).toBe(false);
  });
});

// ─── Factories ───────────────────────────────────────────

describe("factories", () => {
  it("build an assessed entity that today's snapshot counts for its team", async () => {
    const { db } = await open();
    await loadChecklist(db);
    const team = await createTeam(db);
    const model = await createEntity(db, { kind: "MODEL", teamId: team.id, model: { task: "ranking" } });
    const [fail, pass, na] = await db.checklistItem.findMany({
      where: { appliesTo: { has: "MODEL" }, category: { rubric: "DEBT" }, retiredAt: null },
      orderBy: { position: "asc" },
      take: 3,
    });
    if (!fail || !pass || !na) throw new Error("The shipped checklist needs three debt items for models");
    const first = await createSubmittedAssessment(db, { entityId: model.id, answers: { [fail.id]: "FAIL" } });
    const second = await createSubmittedAssessment(db, {
      entityId: model.id,
      answers: { [fail.id]: "PARTIAL", [pass.id]: "PASS", [na.id]: "NA" },
    });
    expect(second).toMatchObject({
      submittedSeq: 2,
      basedOnId: first.id,
      answeredCount: 2,
      debtWeight: fail.weight / 2,
      totalWeight: fail.weight + pass.weight,
    });

    await recordScoreSnapshots(db, { on: new Date() });
    const row = await db.scoreSnapshot.findFirstOrThrow({
      where: { scope: "TEAM", teamId: team.id, categoryId: null },
    });
    expect(row).toMatchObject({
      debtWeight: second.debtWeight,
      totalWeight: second.totalWeight,
      applicableCount: second.applicableCount,
      entityCount: 1,
    });
  });
});

/** Each submitted row's prev* are the previous row of its chain (by seq), as freezeSubmission writes them. */
async function expectPredecessorSums(db: Db) {
  const rows = await db.assessment.findMany({
    where: { status: "SUBMITTED" },
    orderBy: [{ entityId: "asc" }, { rubric: "asc" }, { submittedSeq: "asc" }],
  });
  let previous: (typeof rows)[number] | undefined;
  let withPredecessor = 0;
  for (const row of rows) {
    const p = previous && previous.entityId === row.entityId && previous.rubric === row.rubric ? previous : null;
    expect(row, row.id).toMatchObject({
      prevSubmittedAt: p?.submittedAt ?? null,
      prevDebtWeight: p?.debtWeight ?? null,
      prevTotalWeight: p?.totalWeight ?? null,
      prevAnsweredCount: p?.answeredCount ?? null,
      prevApplicableCount: p?.applicableCount ?? null,
      prevPrincipalDays: p?.principalDays ?? null,
    });
    if (p) withPredecessor++;
    previous = row;
  }
  expect(withPredecessor).toBeGreaterThan(0);
}

// ─── The scale seed ──────────────────────────────────────

describe("seedScale", () => {
  it("loads size S with history, usage and snapshots", async () => {
    const { db } = await open();
    const result = await seedScale(db, { size: "S", seed: 7, now: NOW });
    expect(result.entities).toBe(560);
    expect(result.assessments).toBeGreaterThan(1_000);
    expect(await db.answer.count()).toBe(result.answers);
    expect(await db.scoreSnapshot.count({ where: { scope: "ORG", categoryId: null } })).toBe(25);
    await expectPredecessorSums(db);
    // The kept hotspot score: filled by the seed (impact 1 before any), moved by the first
    // findings recompute to ratio × impact wherever the entity is active with debt.
    const keptVsRecomputed = () => db.$queryRaw<{ differing: number; scored: number; weighted: number }[]>`
      SELECT COUNT(*) FILTER (WHERE s."hotspotScore" IS DISTINCT FROM CASE
          WHEN e."archivedAt" IS NULL AND s."totalWeight" > 0 AND s."debtWeight" / s."totalWeight" > 0
          THEN (s."debtWeight" / s."totalWeight") * COALESCE(i."impact", 1) END)::int AS differing,
        COUNT(s."hotspotScore")::int AS scored,
        COUNT(*) FILTER (WHERE s."hotspotScore" IS NOT NULL AND i."impact" > 1)::int AS weighted
      FROM "CurrentScore" s JOIN "Entity" e ON e."id" = s."entityId"
      LEFT JOIN "EntityImpact" i ON i."entityId" = s."entityId"`;
    expect((await keptVsRecomputed())[0]).toMatchObject({ differing: 0, weighted: 0 });
    await recomputeFindings(db, { now: NOW });
    const [after] = await keptVsRecomputed();
    expect(after!.differing).toBe(0);
    expect(after!.scored).toBeGreaterThan(100);
    expect(after!.weighted).toBeGreaterThan(0);
  }, 120_000);
});
