// Shared SQL: per-category debt sums of each row of `latest` (latest-debt-assessment.sql.ts),
// from its answers. Not a query by itself; reads embed it as a CTE named `latest_by_category`
// (one row per entity and category it answered). Only answered items count: they are all a
// category's debt ratio needs (docs/scoring.md §3, §5).
import { Prisma } from "@/lib/generated/prisma/client";

/** Every category, or only the one with this key (the filter is applied before grouping). */
export function latestCategorySumsCte(categoryKey?: string): Prisma.Sql {
  const only = categoryKey
    ? Prisma.sql`WHERE i."categoryId" = (SELECT dc."id" FROM "DebtCategory" dc WHERE dc."key" = ${categoryKey})`
    : Prisma.empty;
  return Prisma.sql`
  latest_by_category AS (
    SELECT l."entityId", i."categoryId",
      SUM(i."weight" * CASE ans."value" WHEN 'PARTIAL' THEN 0.5 WHEN 'FAIL' THEN 1 ELSE 0 END)::float8 AS "debtWeight",
      SUM(i."weight")::float8 AS "totalWeight",
      COUNT(*)::int AS "answeredCount",
      SUM(i."remediationDays" * CASE ans."value" WHEN 'PARTIAL' THEN 0.5 WHEN 'FAIL' THEN 1 ELSE 0 END)::float8 AS "principalDays"
    FROM latest l
    JOIN "Answer" ans ON ans."assessmentId" = l."assessmentId" AND ans."value" <> 'NA'
    JOIN "ChecklistItem" i ON i."id" = ans."itemId"
    ${only}
    GROUP BY l."entityId", i."categoryId"
  )`;
}
