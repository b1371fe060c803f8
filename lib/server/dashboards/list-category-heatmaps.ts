// The two heatmaps' data: debt ratio per (row × DEBT category), pooled in SQL from each active
// entity's latest submitted assessment (sums of weights, never averaged ratios).
//   - entities × categories: the given entities (the top hotspots), one cell per answered category;
//   - teams × categories: every active team, entities pooled per team.
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { LATEST_DEBT_ASSESSMENT_CTE } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { latestCategorySumsCte } from "@/lib/server/scoring/latest-category-sums.sql";

export interface HeatmapCategory {
  id: string;
  key: string;
  name: string;
}

export interface CategoryCell {
  rowId: string;
  categoryId: string;
  debtWeight: number;
  totalWeight: number;
  principalDays: number;
  /** Entities contributing answers to the cell. */
  entityCount: number;
}

export async function listDebtCategories(): Promise<HeatmapCategory[]> {
  return db().debtCategory.findMany({
    where: { rubric: "DEBT" },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { id: true, key: true, name: true },
  });
}

/** Cells for these entities (their latest assessments); an unanswered category has no cell. */
export async function listEntityCategoryCells(entityIds: readonly string[]): Promise<CategoryCell[]> {
  if (entityIds.length === 0) return [];
  return db().$queryRaw<CategoryCell[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE}, ${latestCategorySumsCte()}
    SELECT c."entityId" AS "rowId", c."categoryId", c."debtWeight", c."totalWeight", c."principalDays", 1::int AS "entityCount"
    FROM latest_by_category c
    WHERE c."entityId" = ANY(${[...entityIds]}::text[])`);
}

/** Cells for every active team, pooled over its active entities' latest assessments (PooledScore). */
export async function listTeamCategoryCells(): Promise<CategoryCell[]> {
  return db().$queryRaw<CategoryCell[]>(Prisma.sql`
    SELECT p."teamId" AS "rowId", p."categoryId", p."debtWeight"::float8 AS "debtWeight",
      p."totalWeight"::float8 AS "totalWeight", p."principalDays"::float8 AS "principalDays",
      p."assessedCount"::int AS "entityCount"
    FROM "PooledScore" p
    JOIN "Team" t ON t."id" = p."teamId" AND t."archivedAt" IS NULL
    WHERE p."categoryId" IS NOT NULL AND p."assessedCount" > 0`);
}

/**
 * The same cells from today's TEAM ScoreSnapshot rows (the latest day recorded): cheaper, but only
 * as current as the last snapshot write (submits keep it current; see docs/scoring.md).
 */
export async function listTeamCategoryCellsFromSnapshots(): Promise<CategoryCell[]> {
  return db().$queryRaw<CategoryCell[]>(Prisma.sql`
    SELECT s."teamId" AS "rowId", s."categoryId", s."debtWeight", s."totalWeight", s."principalDays", s."entityCount"
    FROM "ScoreSnapshot" s
    JOIN "Team" t ON t."id" = s."teamId" AND t."archivedAt" IS NULL
    WHERE s."scope" = 'TEAM' AND s."categoryId" IS NOT NULL AND s."entityCount" > 0
      AND s."takenOn" = (SELECT MAX(x."takenOn") FROM "ScoreSnapshot" x WHERE x."scope" = 'ORG' AND x."categoryId" IS NULL)`);
}

export async function listActiveTeams(): Promise<{ id: string; slug: string; name: string }[]> {
  return db().team.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
}
