// Current debt per DEBT category for the organisation or one team: the per-category sums of each
// active entity's latest submitted assessment (category-sums.sql.ts, the heatmap's source too),
// pooled per category in SQL. Every category is listed, with null sums where nothing in it was
// answered, in checklist order.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { latestDebtAssessmentCte } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { latestCategorySumsCte } from "@/lib/server/scoring/latest-category-sums.sql";

export interface CategoryScore {
  key: string;
  name: string;
  /** null when no entity in scope answered anything in the category. */
  debtWeight: number | null;
  totalWeight: number | null;
  principalDays: number | null;
  answeredCount: number;
  /** Entities with answers in the category. */
  entityCount: number;
}

export interface ListCategoryScoresOptions {
  /** Omitted = the organisation (orphans included). */
  teamId?: string;
}

export async function listCategoryScores(options: ListCategoryScoresOptions = {}): Promise<CategoryScore[]> {
  const team = options.teamId ? Prisma.sql`AND e."teamId" = ${options.teamId}` : Prisma.empty;
  return db().$queryRaw<CategoryScore[]>(Prisma.sql`
    WITH ${latestDebtAssessmentCte({ teamId: options.teamId })}, ${latestCategorySumsCte(undefined, { few: options.teamId !== undefined })},
    pooled AS (
      SELECT c."categoryId",
        SUM(c."debtWeight")::float8 AS "debtWeight", SUM(c."totalWeight")::float8 AS "totalWeight",
        SUM(c."principalDays")::float8 AS "principalDays", SUM(c."answeredCount")::int AS "answeredCount",
        COUNT(*)::int AS "entityCount"
      FROM latest_by_category c
      JOIN "Entity" e ON e."id" = c."entityId" AND e."archivedAt" IS NULL ${team}
      GROUP BY c."categoryId"
    )
    SELECT dc."key", dc."name", p."debtWeight", p."totalWeight", p."principalDays",
      COALESCE(p."answeredCount", 0)::int AS "answeredCount", COALESCE(p."entityCount", 0)::int AS "entityCount"
    FROM "DebtCategory" dc
    LEFT JOIN pooled p ON p."categoryId" = dc."id"
    WHERE dc."rubric" = 'DEBT'
    ORDER BY dc."position", dc."key"`);
}
