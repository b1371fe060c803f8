// The current-state tables (CurrentScore, CurrentCategoryScore, PooledScore) maintained at write
// time equal a full recompute after a seeded random sequence of submits (checklist-less API
// submits), archives, restores, re-owns through the edit form and re-owns, restores and new
// entities through imports. CurrentScore is also checked against an independent pick of each
// entity's latest submitted assessment from the history. The predecessor sums each submit stores
// (prev*) equal what the seeds' bulk backfill computes, and the 30/90-day change read from them
// equals the per-entity lookup at moments taken along the way, for the organisation and each team.
// Runs in a scratch database of its own, so other files' writes cannot move the organisation's
// pool while it compares.
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
import { createEntity, createTeam, createUser } from "@/lib/server/seed/factories";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createRandom } from "@/lib/server/seed/random";
import { rebuildCurrentScores } from "@/lib/server/scoring/sync-current-scores";
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

  // CurrentScore against the history, picked independently: highest submittedSeq per entity.
  const history = await db.$queryRaw<Row[]>`
    SELECT DISTINCT ON (a."entityId") a."entityId", a."id" AS "assessmentId", e."teamId", e."archivedAt" IS NULL AS active,
      a."debtWeight", a."principalDays"
    FROM "Assessment" a JOIN "Entity" e ON e."id" = a."entityId"
    WHERE a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
    ORDER BY a."entityId", a."submittedSeq" DESC`;
  const current = await db.$queryRaw<Row[]>`
    SELECT "entityId", "assessmentId", "teamId", active, "debtWeight", "principalDays" FROM "CurrentScore"`;
  expectSameRows(
    "CurrentScore vs history",
    keyed(current, (r) => String(r.entityId)),
    keyed(history, (r) => String(r.entityId)),
  );
  return history.length;
}

const VALUES: AnswerValue[] = ["PASS", "PARTIAL", "FAIL", "NA"];

describe("current-state tables maintained at write time", () => {
  it("equal a full recompute after random submits, archives, restores, re-owns and imports", async () => {
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
    const counts = { submit: 0, archive: 0, restore: 0, reown: 0, import: 0 };
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
  }, 240_000);
});
