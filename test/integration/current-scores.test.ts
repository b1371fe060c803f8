// The current-state tables (CurrentScore, CurrentCategoryScore, PooledScore) maintained at write
// time equal a full recompute after a seeded random sequence of submits (checklist-less API
// submits), archives, restores, re-owns through the edit form, re-owns, restores and new
// entities through imports, and lineage/usage changes followed by a findings recompute (which
// rewrites EntityImpact and so moves hotspot scores). CurrentScore is also checked against an
// independent pick of each entity's latest submitted assessment from the history, its hotspot
// score against ratio × impact computed from that pick. Ties in the hotspot ranking fall to
// principal, then name, then id. The predecessor sums each submit stores (prev*) equal what the
// seeds' bulk backfill computes, and the 30/90-day change read from them equals the per-entity
// lookup at moments taken along the way, for the organisation and each team. Runs in a scratch
// database of its own, so other files' writes cannot move the organisation's pool while it
// compares.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue, EntityKind } from "@/lib/domain/kinds";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { submitComplete, submitCompleteSchema } from "@/lib/server/assessments/submit-complete";
import { archiveEntity } from "@/lib/server/catalog/archive-entity";
import { importCatalog } from "@/lib/server/catalog/import-catalog";
import { updateEntity } from "@/lib/server/catalog/update-entity";
import { createPrismaClient, type Db, type Tx } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { rankHotspots } from "@/lib/server/dashboards/list-hotspots";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { createEntity, createRelation, createTeam, createUser } from "@/lib/server/seed/factories";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createRandom } from "@/lib/server/seed/random";
import { rebuildCurrentScores, syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { backfillPreviousSums } from "@/lib/server/scoring/previous-sums.sql";
import { sumsByLookup, sumsFromTails, type Moment } from "@/lib/server/trends/get-score-change";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

const globalForDb = globalThis as unknown as { debtboardDb?: Db };

let scratch: ScratchDatabase;
let db: Db;
let admin: Principal;
let teams: { id: string; slug: string }[];
let entities: { id: string; kind: EntityKind; name: string }[];

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = createPrismaClient(scratch.url, 4);
  globalForDb.debtboardDb = db;
  await loadChecklist(db);
  const user = await createUser(db, { orgRole: "ADMIN" });
  admin = { userId: user.id, name: user.name, orgRole: "ADMIN", teamRoles: {} };
  teams = await Promise.all(
    ["alpha", "beta", "gamma"].map((slug) =>
      createTeam(db, { slug, name: `Team ${slug}` }).then((t) => ({ id: t.id, slug })),
    ),
  );
  const kinds: EntityKind[] = [
    "MODEL",
    "DATA_SOURCE",
    "MODEL",
    "DATA_SOURCE",
    "MODEL",
    "MODEL",
    "DATA_SOURCE",
    "MODEL",
  ];
  entities = [];
  for (const [i, kind] of kinds.entries()) {
    // The last one is an orphan: it counts for the organisation only.
    const e = await createEntity(db, { kind, teamId: i === kinds.length - 1 ? null : teams[i % teams.length]!.id });
    entities.push({ id: e.id, kind, name: e.name });
  }
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  globalForDb.debtboardDb = undefined;
  await scratch.drop();
});

type Row = Record<string, unknown>;
const keyed = (rows: Row[], key: (r: Row) => string) => new Map(rows.map((r) => [key(r), r]));

async function readMaintained(tx: Tx) {
  // One after another: a transaction is one connection.
  const current = await tx.$queryRaw<Row[]>`SELECT * FROM "CurrentScore"`;
  const categories = await tx.$queryRaw<Row[]>`SELECT * FROM "CurrentCategoryScore"`;
  // Rows pooling nothing (everything moved away) are equivalent to absent ones.
  const pooled = await tx.$queryRaw<
    Row[]
  >`SELECT * FROM "PooledScore" WHERE "assessedCount" <> 0 OR "applicableCount" <> 0`;
  return {
    current: keyed(current, (r) => String(r.entityId)),
    categories: keyed(categories, (r) => `${r.entityId}|${r.categoryId}`),
    pooled: keyed(pooled, (r) => String(r.key)),
  };
}

function expectSameRows(label: string, got: Map<string, Row>, want: Map<string, Row>) {
  expect([...got.keys()].sort(), label).toEqual([...want.keys()].sort());
  for (const [key, w] of want) {
    const g = got.get(key)!;
    for (const [column, value] of Object.entries(w)) {
      if (typeof value === "number") expect(g[column], `${label} ${key} ${column}`).toBeCloseTo(value, 9);
      else expect(g[column], `${label} ${key} ${column}`).toEqual(value);
    }
  }
}

/** Maintained rows vs a rebuild from scratch, under the maintainers' lock; the rebuild is rolled back. */
async function expectMaintainedEqualsRecompute() {
  const rollback = new Error("rollback");
  await db
    .$transaction(async (tx) => {
      await lockForTransaction(tx, "currentScores");
      const maintained = await readMaintained(tx);
      // Every submit stored its predecessor's moment and sums as the backfill would.
      expect(await backfillPreviousSums(tx), "prev* rows the backfill would change").toBe(0);
      await rebuildCurrentScores(tx);
      const rebuilt = await readMaintained(tx);
      expectSameRows("CurrentScore", maintained.current, rebuilt.current);
      expectSameRows("CurrentCategoryScore", maintained.categories, rebuilt.categories);
      expectSameRows("PooledScore", maintained.pooled, rebuilt.pooled);
      throw rollback;
    })
    .catch((e: unknown) => {
      if (e !== rollback) throw e;
    });

  // CurrentScore against the history, picked independently: highest submittedSeq per entity; the
  // hotspot score is that assessment's ratio × the entity's impact (1 without a row) while the
  // entity is active and the ratio is above 0.
  const history = await db.$queryRaw<Row[]>`
    SELECT DISTINCT ON (a."entityId") a."entityId", a."id" AS "assessmentId", e."teamId", e."archivedAt" IS NULL AS active,
      a."debtWeight", a."principalDays",
      CASE WHEN e."archivedAt" IS NULL AND a."totalWeight" > 0 AND a."debtWeight" > 0
        THEN a."debtWeight" / a."totalWeight" * COALESCE(i."impact", 1) END AS "hotspotScore"
    FROM "Assessment" a JOIN "Entity" e ON e."id" = a."entityId"
    LEFT JOIN "EntityImpact" i ON i."entityId" = e."id"
    WHERE a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
    ORDER BY a."entityId", a."submittedSeq" DESC`;
  const current = await db.$queryRaw<Row[]>`
    SELECT "entityId", "assessmentId", "teamId", active, "debtWeight", "principalDays", "hotspotScore" FROM "CurrentScore"`;
  expectSameRows(
    "CurrentScore vs history",
    keyed(current, (r) => String(r.entityId)),
    keyed(history, (r) => String(r.entityId)),
  );
  return history.length;
}

const VALUES: AnswerValue[] = ["PASS", "PARTIAL", "FAIL", "NA"];

describe("current-state tables maintained at write time", () => {
  it("equal a full recompute after random submits, archives, restores, re-owns, imports and findings recomputes", async () => {
    const random = createRandom("current-scores");
    const items = new Map<EntityKind, string[]>();
    for (const kind of new Set(entities.map((e) => e.kind))) {
      const rows = await db.checklistItem.findMany({
        where: { retiredAt: null, appliesTo: { has: kind }, category: { rubric: "DEBT" } },
        select: { key: true },
      });
      items.set(
        kind,
        rows.map((r) => r.key),
      );
    }
    const counts = { submit: 0, archive: 0, restore: 0, reown: 0, import: 0, lineage: 0 };
    const marks: Date[] = [];
    const state = async (e: { id: string }) =>
      db.entity.findUniqueOrThrow({ where: { id: e.id }, select: { version: true, archivedAt: true, teamId: true } });

    for (let step = 1; step <= 60; step++) {
      const e = random.pick(entities);
      const now = await state(e);
      const op = random.weighted([
        ["submit", 5],
        ["archive", 1],
        ["reown", 1],
        ["import", 1],
        ["lineage", 1],
      ] as const);
      if (op === "submit" && !now.archivedAt) {
        const keys = random.sample(items.get(e.kind)!, random.int(1, items.get(e.kind)!.length));
        const input = submitCompleteSchema.parse({
          kind: e.kind,
          name: e.name,
          answers: keys.map((itemKey) => ({ itemKey, value: random.pick(VALUES) })),
        });
        await submitComplete(db, admin, input);
        counts.submit++;
      } else if (op === "archive" || (op === "submit" && now.archivedAt)) {
        const restore = now.archivedAt !== null;
        await runAuthorized(archiveEntity, { kind: e.kind, name: e.name, version: now.version, restore }, admin);
        counts[restore ? "restore" : "archive"]++;
      } else if (op === "reown") {
        const to = random.pick(teams.filter((t) => t.id !== now.teamId));
        await runAuthorized(updateEntity, { kind: e.kind, name: e.name, version: now.version, team: to.slug }, admin);
        counts.reown++;
      } else if (op === "lineage") {
        // A source feeding another, or a caller seen using a model, then the findings recompute
        // that rewrites EntityImpact: the entities whose impact moved get new hotspot scores.
        const sources = entities.filter((x) => x.kind === "DATA_SOURCE");
        const models = entities.filter((x) => x.kind === "MODEL");
        if (random.int(0, 1) === 0) {
          const [from, to] = random.sample(sources, 2);
          const kind = "SOURCE_FROM_SOURCE";
          const exists = await db.relation.findFirst({ where: { fromId: from!.id, toId: to!.id, kind } });
          if (!exists) await createRelation(db, { kind, fromId: from!.id, toId: to!.id });
        } else {
          await db.usageEvent.create({
            data: { callerName: `caller-${random.int(1, 4)}`, modelId: random.pick(models).id, occurredAt: new Date() },
          });
        }
        await recomputeFindings(db);
        counts.lineage++;
      } else {
        // An import that re-owns (and restores, if archived) this entity and adds a new one.
        const to = random.pick(teams);
        const spec = (kind: EntityKind) =>
          kind === "MODEL" ? `{ owner: ${to.slug}, lifecycle: production }` : `{ owner: ${to.slug}, system: BigQuery }`;
        const doc = (kind: EntityKind, name: string) =>
          `apiVersion: debtboard/v1\nkind: ${kind === "MODEL" ? "Model" : "DataSource"}\nmetadata: { name: ${name} }\nspec: ${spec(kind)}\n`;
        const fresh = `imported-${step}`;
        const text = [doc(e.kind, e.name), doc("MODEL", fresh)].join("---\n");
        await importCatalog(
          {
            files: [{ file: `step-${step}.yaml`, text }],
            dryRun: false,
            prune: false,
            source: "CLI",
            modelTypes: ["ml-model", "model"],
          },
          admin,
        );
        const created = await db.entity.findUniqueOrThrow({ where: { kind_name: { kind: "MODEL", name: fresh } } });
        entities.push({ id: created.id, kind: "MODEL", name: fresh });
        counts.import++;
      }
      await expectMaintainedEqualsRecompute();
      if (step % 15 === 0) marks.push(new Date());
    }
    // The change read from the stored predecessor sums, at moments between the steps (each
    // moment then has submits, archives and re-owns after it), equals the per-entity lookup.
    const moments: Moment[] = marks.map((at, i) => ({ label: String(i), at }));
    for (const teamId of [undefined, ...teams.map((t) => t.id)]) {
      const fast = await sumsFromTails(moments, teamId);
      expect(fast, "in-order history passes the tails check").not.toBeNull();
      const exact = new Map((await sumsByLookup(moments, teamId)).map((r) => [r.label, r]));
      for (const f of fast ?? []) {
        const e = exact.get(f.label)!;
        for (const k of ["debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays"] as const)
          expect(f[k], `${teamId ?? "org"} at mark ${f.label}: ${k}`).toBeCloseTo(e[k], 9);
        expect(f.assessedCount, `${teamId ?? "org"} at mark ${f.label}: entities`).toBe(e.assessedCount);
      }
    }
    // Every kind of change happened, and the comparison covered scored entities.
    for (const [op, n] of Object.entries(counts)) expect(n, op).toBeGreaterThan(0);
    expect(await expectMaintainedEqualsRecompute()).toBeGreaterThan(4);
    // Impacts above 1 reached the kept hotspot scores (not only the default impact of 1).
    const [weighted] = await db.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS n FROM "CurrentScore" s JOIN "EntityImpact" i ON i."entityId" = s."entityId"
      WHERE s."hotspotScore" IS NOT NULL AND i."impact" > 1`;
    expect(weighted!.n).toBeGreaterThan(0);
  }, 240_000);

  /** A first submitted DEBT assessment with the given sums (5 of 5 items answered), written as is. */
  const submitFirst = (entityId: string, sums: { debtWeight: number; totalWeight: number; principalDays: number }) =>
    db.assessment.create({
      data: {
        entityId,
        status: "SUBMITTED",
        submittedSeq: 1,
        submittedAt: new Date(),
        answeredCount: 5,
        applicableCount: 5,
        ...sums,
      },
    });

  it("keeps hotspot scores true when a findings recompute moves impacts while a sync is in flight", async () => {
    const team = await createTeam(db, { slug: "race", name: "Race" });
    const [up, down] = await Promise.all(
      ["race-up", "race-down"].map((name) => createEntity(db, { kind: "DATA_SOURCE", name, teamId: team.id })),
    );
    for (const e of [up!, down!]) await submitFirst(e.id, { debtWeight: 2, totalWeight: 10, principalDays: 2 });
    await db.$transaction((tx) => syncCurrentScores(tx, [up!.id, down!.id]));
    await recomputeFindings(db);
    await createRelation(db, { kind: "SOURCE_FROM_SOURCE", fromId: up!.id, toId: down!.id });

    // A sync rewrites both rows (reading today's impacts) and stays open while a recompute
    // changes those impacts and reaches the rows; only then does the sync commit.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let synced!: () => void;
    const didSync = new Promise<void>((resolve) => (synced = resolve));
    const sync = db.$transaction(
      async (tx) => {
        await syncCurrentScores(tx, [up!.id, down!.id]);
        synced();
        await gate;
      },
      { timeout: 60_000 },
    );
    await didSync;
    const recompute = recomputeFindings(db);
    for (let waited = 0; ; waited += 20) {
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if (row!.n > 0) break;
      if (waited > 30_000) throw new Error("the recompute never waited for the sync");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await Promise.all([sync, recompute]);

    const moved = await db.entityImpact.findMany({
      where: { entityId: { in: [up!.id, down!.id] }, impact: { gt: 1 } },
    });
    expect(moved.length).toBeGreaterThan(0);
    await expectMaintainedEqualsRecompute();
  });

  it("ranks hotspots with the same score by principal, then name, then id", async () => {
    const team = await createTeam(db, { slug: "ties", name: "Ties" });
    // Every one scores 0.3 (3/10 = 6/20 exactly in floating point; impact 1: no lineage).
    const specs: { kind: EntityKind; name: string; dw: number; tw: number; principal: number }[] = [
      { kind: "MODEL", name: "tie-c", dw: 3, tw: 10, principal: 3 },
      { kind: "MODEL", name: "tie-a", dw: 3, tw: 10, principal: 3 },
      { kind: "DATA_SOURCE", name: "tie-a", dw: 3, tw: 10, principal: 3 },
      { kind: "MODEL", name: "tie-b", dw: 6, tw: 20, principal: 3 },
      { kind: "DATA_SOURCE", name: "tie-e", dw: 3, tw: 10, principal: 3 },
      { kind: "MODEL", name: "tie-d", dw: 3, tw: 10, principal: 5 },
    ];
    const made: { id: string; kind: EntityKind; name: string }[] = [];
    for (const spec of specs) {
      const e = await createEntity(db, { kind: spec.kind, name: spec.name, teamId: team.id });
      await submitFirst(e.id, { debtWeight: spec.dw, totalWeight: spec.tw, principalDays: spec.principal });
      made.push({ id: e.id, kind: spec.kind, name: spec.name });
    }
    await db.$transaction((tx) =>
      syncCurrentScores(
        tx,
        made.map((m) => m.id),
      ),
    );
    await expectMaintainedEqualsRecompute();

    const idOf = (kind: EntityKind, name: string) => made.find((m) => m.kind === kind && m.name === name)!.id;
    const twoTieA = [idOf("MODEL", "tie-a"), idOf("DATA_SOURCE", "tie-a")].sort();
    const expected = [
      idOf("MODEL", "tie-d"),
      ...twoTieA,
      idOf("MODEL", "tie-b"),
      idOf("MODEL", "tie-c"),
      idOf("DATA_SOURCE", "tie-e"),
    ];
    const all = await rankHotspots({ team: "ties" });
    expect(all.rows.map((r) => r.id)).toEqual(expected);
    expect(all.total).toBe(6);
    expect(new Set(all.rows.map((r) => r.score))).toEqual(new Set([0.3]));
    expect((await rankHotspots({ teamId: team.id })).rows.map((r) => r.id)).toEqual(expected);
    // Pages continue the same order, each with the whole ranking's size.
    const page = await rankHotspots({ team: "ties", limit: 2, offset: 2 });
    expect([page.rows.map((r) => r.id), page.total]).toEqual([expected.slice(2, 4), 6]);
    const sources = await rankHotspots({ team: "ties", kind: "DATA_SOURCE", limit: 1, offset: 1 });
    expect([sources.rows.map((r) => r.id), sources.total]).toEqual([[idOf("DATA_SOURCE", "tie-e")], 2]);
    // The organisation's ranking keeps the same relative order.
    const org = await rankHotspots({ limit: 10_000 });
    expect(org.rows.map((r) => r.id).filter((id) => expected.includes(id))).toEqual(expected);
  });
});
