// The organisation's debt score: every active entity's latest submitted DEBT assessment, pooled
// (sums of numerators and denominators, never an average of ratios). The pool is maintained at
// write time (PooledScore), so this reads one row.
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import {
  LATEST_DEBT_ASSESSMENT_CTE,
  POOLED_SUMS_COLUMNS,
  type PooledSumsRow,
} from "@/lib/server/scoring/latest-debt-assessment.sql";
import { pooledAllCategoriesSql, POOLED_ROW_COLUMNS } from "@/lib/server/scoring/pooled-score.sql";

export interface OrgScore {
  sums: ScoreSums;
  /** Active entities with at least one submitted assessment. */
  assessedCount: number;
  activeCount: number;
  lastAssessedAt: Date | null;
}

export interface GetOrgScoreOptions {
  /** Pool only these kinds (e.g. models alone); omitted = every kind. */
  kinds?: readonly EntityKind[];
}

export async function getOrgScore(options: GetOrgScoreOptions = {}): Promise<OrgScore> {
  if (options.kinds?.length) return pooledOverKinds(options.kinds);
  // The pooled organisation row, the active entities (an index count) and the latest submit among them.
  const rows = await db().$queryRaw<(PooledSumsRow & { activeCount: number })[]>(Prisma.sql`
    SELECT ${POOLED_ROW_COLUMNS},
      (SELECT COUNT(*) FROM "Entity" e WHERE e."archivedAt" IS NULL)::int AS "activeCount",
      (SELECT MAX(s."submittedAt") FROM "CurrentScore" s WHERE s."active") AS "lastAssessedAt"
    FROM (SELECT 1) one LEFT JOIN (${pooledAllCategoriesSql(null)}) p ON TRUE`);
  return toOrgScore(rows[0]);
}

/** Only some kinds: pooled from the entities' current scores (one row per entity, not the history). */
async function pooledOverKinds(kinds: readonly EntityKind[]): Promise<OrgScore> {
  const rows = await db().$queryRaw<(PooledSumsRow & { activeCount: number })[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE}
    SELECT ${POOLED_SUMS_COLUMNS}, COUNT(e."id")::int AS "activeCount"
    FROM "Entity" e
    LEFT JOIN latest l ON l."entityId" = e."id"
    WHERE e."archivedAt" IS NULL AND e."kind"::text = ANY(${[...kinds]})`);
  return toOrgScore(rows[0]);
}

function toOrgScore(row: (PooledSumsRow & { activeCount: number }) | undefined): OrgScore {
  if (!row) throw new Error("getOrgScore: aggregate returned no row");
  const { assessedCount, activeCount, lastAssessedAt, ...sums } = row;
  return { sums, assessedCount, activeCount, lastAssessedAt };
}
