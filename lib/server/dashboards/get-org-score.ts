// The organisation's debt score: every active entity's latest submitted DEBT assessment, pooled
// (sums of numerators and denominators, never an average of ratios).
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import {
  LATEST_DEBT_ASSESSMENT_CTE,
  POOLED_SUMS_COLUMNS,
  type PooledSumsRow,
} from "@/lib/server/scoring/latest-debt-assessment.sql";

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
  const kinds = options.kinds?.length ? Prisma.sql`AND e."kind"::text = ANY(${[...options.kinds]})` : Prisma.empty;
  const rows = await db().$queryRaw<(PooledSumsRow & { activeCount: number })[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE}
    SELECT ${POOLED_SUMS_COLUMNS}, COUNT(e."id")::int AS "activeCount"
    FROM "Entity" e
    LEFT JOIN latest l ON l."entityId" = e."id"
    WHERE e."archivedAt" IS NULL ${kinds}`);
  const row = rows[0];
  if (!row) throw new Error("getOrgScore: aggregate returned no row");
  const { assessedCount, activeCount, lastAssessedAt, ...sums } = row;
  return { sums, assessedCount, activeCount, lastAssessedAt };
}
