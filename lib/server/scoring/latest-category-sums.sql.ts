// Shared SQL: per-category debt sums of each row of `latest` (latest-debt-assessment.sql.ts),
// read from CurrentCategoryScore (kept current with CurrentScore by sync-current-scores.ts). Not
// a query by itself; reads embed it as a CTE named `latest_by_category`: one row per entity and
// category it answered (answeredCount > 0). A category's debt ratio needs only the answered
// items' sums (docs/scoring.md §3, §5).
import { Prisma } from "@/lib/generated/prisma/client";

/** Every category, or only the one with this key. */
export function latestCategorySumsCte(categoryKey?: string): Prisma.Sql {
  const only = categoryKey
    ? Prisma.sql`AND c."categoryId" = (SELECT dc."id" FROM "DebtCategory" dc WHERE dc."key" = ${categoryKey} AND dc."rubric" = 'DEBT')`
    : Prisma.empty;
  return Prisma.sql`
  latest_by_category AS (
    SELECT l."entityId", c."categoryId", c."debtWeight", c."totalWeight", c."answeredCount", c."principalDays"
    FROM latest l
    JOIN "CurrentCategoryScore" c ON c."entityId" = l."entityId" AND c."answeredCount" > 0 ${only}
  )`;
}
