// Keeps the current-state tables (CurrentScore, CurrentCategoryScore, PooledScore; see
// prisma/schema.prisma) true at write time, so dashboards read O(teams × categories) rows or an
// index range instead of sorting the assessment history.
//
// syncCurrentScores(tx, entityIds) runs inside the transaction of every change that can move an
// entity's current score or where it is pooled: a submit (freeze-submission.ts), an archive or
// restore, a re-own (update-entity.ts), an import (apply-plan.ts). It rewrites those entities'
// CurrentScore / CurrentCategoryScore rows from their latest submitted DEBT assessment and moves
// PooledScore by the difference between what they contributed before and after. Writers
// serialise on one advisory lock, so two deltas never start from the same "before".
//
// Each rewritten CurrentScore row also gets its hotspot score (hotspot-score.sql.ts: debt ratio ×
// the entity's EntityImpact), which the findings recompute updates when it changes impacts.
//
// Both stamp the tables' version (scores-version.ts), which the dashboards' cache is keyed by.
//
// rebuildCurrentScores(tx) recomputes everything (seeds, start-up on an empty table, tests).
// Per-category sums come from the shared per-assessment fragment (category-sums.sql.ts), the
// one the day's snapshots use, so the heatmap and the trend count alike.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import type { Db, Tx } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { PER_ASSESSMENT_CATEGORY_SUMS } from "./category-sums.sql";
import { writeHotspotScores } from "./hotspot-score.sql";
import { bumpScoresVersion } from "./scores-version";

/** One pooled row's contribution: a scope (team, or null = organisation) × category (null = all). */
interface Contribution extends ScoreSums {
  teamId: string | null;
  categoryId: string | null;
  assessedCount: number;
}

/** PooledScore's key: (team id or "org") | (category id or "all"). */
export function pooledKey(teamId: string | null, categoryId: string | null): string {
  return `${teamId ?? "org"}|${categoryId ?? "all"}`;
}

/** `column` is one of the entities (null: every entity). */
const onlyEntities = (column: Prisma.Sql, ids: readonly string[] | null) =>
  ids ? Prisma.sql`${column} = ANY(${[...ids]}::text[])` : Prisma.sql`TRUE`;
const ENTITY_ID = Prisma.sql`"entityId"`;

/** What the given entities (null: all) contribute to PooledScore now, as recorded in CurrentScore. */
async function contributions(tx: Tx, ids: readonly string[] | null): Promise<Contribution[]> {
  return tx.$queryRaw<Contribution[]>(Prisma.sql`
    WITH s AS (
      SELECT * FROM "CurrentScore" WHERE ${onlyEntities(ENTITY_ID, ids)} AND "active"
    ),
    rows AS (
      SELECT s."teamId", NULL::text AS "categoryId", s."debtWeight", s."totalWeight", s."answeredCount",
        s."applicableCount", s."principalDays", 1 AS assessed
      FROM s
      UNION ALL
      SELECT s."teamId", c."categoryId", c."debtWeight", c."totalWeight", c."answeredCount",
        c."applicableCount", c."principalDays", (c."answeredCount" > 0)::int AS assessed
      FROM s JOIN "CurrentCategoryScore" c ON c."entityId" = s."entityId"
    ),
    scoped AS (
      SELECT NULL::text AS "teamId", "categoryId", "debtWeight", "totalWeight", "answeredCount", "applicableCount",
        "principalDays", assessed
      FROM rows
      UNION ALL
      SELECT * FROM rows WHERE "teamId" IS NOT NULL
    )
    SELECT "teamId", "categoryId",
      SUM("debtWeight")::float8 AS "debtWeight", SUM("totalWeight")::float8 AS "totalWeight",
      SUM("answeredCount")::int AS "answeredCount", SUM("applicableCount")::int AS "applicableCount",
      SUM("principalDays")::float8 AS "principalDays", SUM(assessed)::int AS "assessedCount"
    FROM scoped
    GROUP BY "teamId", "categoryId"`);
}

/** (Re)writes CurrentScore and CurrentCategoryScore rows for the given entities (null: all). */
async function writeCurrent(tx: Tx, ids: readonly string[] | null): Promise<void> {
  await tx.$executeRaw`DELETE FROM "CurrentCategoryScore" WHERE ${onlyEntities(ENTITY_ID, ids)}`;
  await tx.$executeRaw`DELETE FROM "CurrentScore" WHERE ${onlyEntities(ENTITY_ID, ids)}`;
  // The latest submitted DEBT assessment: the highest submittedSeq, one probe of the unique
  // (entityId, rubric, submittedSeq) index per entity.
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "CurrentScore" ("entityId", "assessmentId", "submittedSeq", "submittedAt", "teamId", "active",
      "debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays")
    SELECT e."id", l."id", l."submittedSeq", l."submittedAt", e."teamId", e."archivedAt" IS NULL,
      COALESCE(l."debtWeight", 0), COALESCE(l."totalWeight", 0), COALESCE(l."answeredCount", 0),
      COALESCE(l."applicableCount", 0), COALESCE(l."principalDays", 0)
    FROM "Entity" e
    CROSS JOIN LATERAL (
      SELECT a."id", a."submittedSeq", a."submittedAt", a."debtWeight", a."totalWeight", a."answeredCount",
        a."applicableCount", a."principalDays"
      FROM "Assessment" a
      WHERE a."entityId" = e."id" AND a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
      ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
      LIMIT 1
    ) l
    WHERE ${onlyEntities(Prisma.sql`e."id"`, ids)}`);
  await tx.$executeRaw(Prisma.sql`
    WITH chosen AS (
      SELECT s."assessmentId" AS id, e."kind", s."submittedAt"
      FROM "CurrentScore" s JOIN "Entity" e ON e."id" = s."entityId"
      WHERE ${onlyEntities(Prisma.sql`s."entityId"`, ids)}
    ),
    ${PER_ASSESSMENT_CATEGORY_SUMS}
    INSERT INTO "CurrentCategoryScore" ("entityId", "categoryId", "debtWeight", "totalWeight", "answeredCount",
      "applicableCount", "principalDays")
    SELECT s."entityId", p."categoryId", p."debtWeight", p."totalWeight", p."answeredCount", p."applicableCount",
      p."principalDays"
    FROM per_assessment p JOIN "CurrentScore" s ON s."assessmentId" = p.aid`);
  await writeHotspotScores(tx, ids);
}

const SUM_KEYS = [
  "debtWeight",
  "totalWeight",
  "answeredCount",
  "applicableCount",
  "principalDays",
  "assessedCount",
] as const;

/** Adds `rows` (signed) to PooledScore, creating rows that do not exist yet. */
async function addToPooled(tx: Tx, rows: readonly Contribution[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof Contribution>(k: K) => rows.map((r) => r[k]);
  await tx.$executeRaw`
    INSERT INTO "PooledScore" ("key", "teamId", "categoryId", "debtWeight", "totalWeight", "answeredCount",
      "applicableCount", "principalDays", "assessedCount")
    SELECT * FROM unnest(
      ${rows.map((r) => pooledKey(r.teamId, r.categoryId))}::text[], ${col("teamId")}::text[], ${col("categoryId")}::text[],
      ${col("debtWeight")}::float8[], ${col("totalWeight")}::float8[], ${col("answeredCount")}::int[],
      ${col("applicableCount")}::int[], ${col("principalDays")}::float8[], ${col("assessedCount")}::int[])
    ON CONFLICT ("key") DO UPDATE SET
      "debtWeight" = "PooledScore"."debtWeight" + EXCLUDED."debtWeight",
      "totalWeight" = "PooledScore"."totalWeight" + EXCLUDED."totalWeight",
      "answeredCount" = "PooledScore"."answeredCount" + EXCLUDED."answeredCount",
      "applicableCount" = "PooledScore"."applicableCount" + EXCLUDED."applicableCount",
      "principalDays" = "PooledScore"."principalDays" + EXCLUDED."principalDays",
      "assessedCount" = "PooledScore"."assessedCount" + EXCLUDED."assessedCount"`;
}

/** after − before, per pooled row; rows that did not move are left out. */
function difference(before: readonly Contribution[], after: readonly Contribution[]): Contribution[] {
  const rows = new Map<string, Contribution>();
  const add = (c: Contribution, sign: 1 | -1) => {
    const key = pooledKey(c.teamId, c.categoryId);
    const row = rows.get(key) ?? {
      teamId: c.teamId,
      categoryId: c.categoryId,
      debtWeight: 0,
      totalWeight: 0,
      answeredCount: 0,
      applicableCount: 0,
      principalDays: 0,
      assessedCount: 0,
    };
    for (const k of SUM_KEYS) row[k] += sign * c[k];
    rows.set(key, row);
  };
  for (const c of before) add(c, -1);
  for (const c of after) add(c, 1);
  return [...rows.values()].filter((r) => SUM_KEYS.some((k) => r[k] !== 0));
}

/** Brings the given entities' current scores and the pools they count in up to date, in the caller's transaction. */
export async function syncCurrentScores(tx: Tx, entityIds: readonly string[]): Promise<void> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return;
  await lockForTransaction(tx, "currentScores");
  const before = await contributions(tx, ids);
  await writeCurrent(tx, ids);
  const after = await contributions(tx, ids);
  await addToPooled(tx, difference(before, after));
  await bumpScoresVersion(tx);
}

/** Recomputes every current-state row from the assessments, in the caller's transaction. */
export async function rebuildCurrentScores(tx: Tx): Promise<void> {
  await lockForTransaction(tx, "currentScores");
  await writeCurrent(tx, null);
  await tx.$executeRaw`DELETE FROM "PooledScore"`;
  await addToPooled(tx, await contributions(tx, null));
  await bumpScoresVersion(tx);
}

/** At start-up: fills the tables once when they are empty but assessments exist (a database migrated from before them). */
export async function ensureCurrentScores(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<{ missing: boolean }[]>`
    SELECT NOT EXISTS (SELECT 1 FROM "PooledScore")
      AND EXISTS (SELECT 1 FROM "Assessment" WHERE "rubric" = 'DEBT' AND "status" = 'SUBMITTED') AS missing`;
  if (!row?.missing) return false;
  await db.$transaction((tx) => rebuildCurrentScores(tx), { timeout: 600_000, maxWait: 60_000 });
  return true;
}
