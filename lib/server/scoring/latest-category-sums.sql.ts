// Shared SQL: per-category debt sums of each row of `latest` (latest-debt-assessment.sql.ts),
// from its answers. Not a query by itself; reads embed it as a CTE named `latest_by_category`
// (one row per entity and category it answered). Only answered items count: they are all a
// category's debt ratio needs (docs/scoring.md §3, §5); the sums are debt-rule.sql.ts's
// answeredItemSumsSql, so no applicableCount.
import { Prisma } from "@/lib/generated/prisma/client";
import { answeredItemSumsSql } from "./debt-rule.sql";

/**
 * Every category, or only the one with this key (the filter is applied before grouping).
 * `few`: `latest` holds a few entities (one team's), so each assessment's answers are read by an
 * index probe; without it the planner hashes every answer in the organisation (1 s at scale L
 * for a team page, 0.15 s with probes). Pooling the whole organisation is faster without.
 */
export function latestCategorySumsCte(categoryKey?: string, options: { few?: boolean } = {}): Prisma.Sql {
  const only = categoryKey
    ? Prisma.sql`WHERE i."categoryId" = (SELECT dc."id" FROM "DebtCategory" dc WHERE dc."key" = ${categoryKey})`
    : Prisma.empty;
  // OFFSET 0 keeps the planner from flattening the lateral subquery back into a hash join.
  const answers = options.few
    ? Prisma.sql`CROSS JOIN LATERAL (SELECT x."itemId", x."value" FROM "Answer" x WHERE x."assessmentId" = l."assessmentId" AND x."value" <> 'NA' OFFSET 0) ans`
    : Prisma.sql`JOIN "Answer" ans ON ans."assessmentId" = l."assessmentId" AND ans."value" <> 'NA'`;
  return Prisma.sql`
  latest_by_category AS (
    SELECT l."entityId", i."categoryId",
      ${answeredItemSumsSql({ value: Prisma.sql`ans."value"`, weight: Prisma.sql`i."weight"`, remediationDays: Prisma.sql`i."remediationDays"` })}
    FROM latest l
    ${answers}
    JOIN "ChecklistItem" i ON i."id" = ans."itemId"
    ${only}
    GROUP BY l."entityId", i."categoryId"
  )`;
}
