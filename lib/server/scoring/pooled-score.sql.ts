// Shared SQL for reading PooledScore, the current sums pooled per team and for the organisation,
// all categories and per DEBT category (maintained by sync-current-scores.ts). Headline numbers,
// the team table, category bars and the teams × categories heatmap read these rows instead of
// pooling entities: O(teams × categories) rows whatever the history holds.
import { Prisma } from "@/lib/generated/prisma/client";

/** The PooledScore row of a team (null: the organisation) over all categories, aliased `p`. */
export function pooledAllCategoriesSql(teamId: string | null): Prisma.Sql {
  return Prisma.sql`SELECT p.* FROM "PooledScore" p
    WHERE p."categoryId" IS NULL AND ${teamId === null ? Prisma.sql`p."teamId" IS NULL` : Prisma.sql`p."teamId" = ${teamId}`}`;
}

/** Sums of a row aliased `p` (LEFT JOINed: zero when absent), every column cast so pg returns plain numbers. */
export const POOLED_ROW_COLUMNS = Prisma.sql`
  COALESCE(p."debtWeight", 0)::float8 AS "debtWeight",
  COALESCE(p."totalWeight", 0)::float8 AS "totalWeight",
  COALESCE(p."answeredCount", 0)::int AS "answeredCount",
  COALESCE(p."applicableCount", 0)::int AS "applicableCount",
  COALESCE(p."principalDays", 0)::float8 AS "principalDays",
  COALESCE(p."assessedCount", 0)::int AS "assessedCount"`;
