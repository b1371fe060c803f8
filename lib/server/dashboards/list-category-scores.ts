// Current debt per DEBT category for the organisation or one team: the per-category sums of each
// active entity's latest submitted assessment, pooled per category at write time (PooledScore,
// the heatmap's source too). Every category is listed, with null sums where nothing in it was
// answered, in checklist order.
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

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
  const scope = options.teamId ? Prisma.sql`p."teamId" = ${options.teamId}` : Prisma.sql`p."teamId" IS NULL`;
  // The scope's pooled per-category rows (maintained at write time); assessedCount = entities
  // with an answer in the category.
  return db().$queryRaw<CategoryScore[]>(Prisma.sql`
    SELECT dc."key", dc."name",
      CASE WHEN p."assessedCount" > 0 THEN p."debtWeight"::float8 END AS "debtWeight",
      CASE WHEN p."assessedCount" > 0 THEN p."totalWeight"::float8 END AS "totalWeight",
      CASE WHEN p."assessedCount" > 0 THEN p."principalDays"::float8 END AS "principalDays",
      COALESCE(p."answeredCount", 0)::int AS "answeredCount", COALESCE(p."assessedCount", 0)::int AS "entityCount"
    FROM "DebtCategory" dc
    LEFT JOIN "PooledScore" p ON p."categoryId" = dc."id" AND ${scope}
    WHERE dc."rubric" = 'DEBT'
    ORDER BY dc."position", dc."key"`);
}
