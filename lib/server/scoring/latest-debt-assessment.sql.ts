// Shared SQL: each entity's latest submitted DEBT assessment with its frozen sums (the entity's
// current score), read from CurrentScore, which every submit, archive, re-own and import keeps
// current (sync-current-scores.ts), so no read sorts the assessment history. Not a query by
// itself; the reads embed it as a CTE named `latest` so that pooling happens in the database.
// Rows of archived entities are in it too: reads join "Entity" for what is active.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";

const CURRENT_COLUMNS = Prisma.sql`s."entityId", s."assessmentId", s."debtWeight", s."totalWeight", s."answeredCount",
      s."applicableCount", s."principalDays", s."submittedAt"`;

/** `latest`, optionally limited to one team's entities up front (an index range on CurrentScore). */
export function latestDebtAssessmentCte(options: { teamId?: string } = {}): Prisma.Sql {
  const team = options.teamId ? Prisma.sql`WHERE s."teamId" = ${options.teamId}` : Prisma.empty;
  return Prisma.sql`
  latest AS (
    SELECT ${CURRENT_COLUMNS}
    FROM "CurrentScore" s ${team}
  )`;
}

export const LATEST_DEBT_ASSESSMENT_CTE = latestDebtAssessmentCte();

/**
 * The same current score for one entity row aliased `e`, as a LATERAL join aliased `l` (one
 * primary-key probe). Use as `LEFT JOIN LATERAL (${LATEST_DEBT_ASSESSMENT_OF_E}) l ON TRUE`.
 */
export const LATEST_DEBT_ASSESSMENT_OF_E = Prisma.sql`
  SELECT ${CURRENT_COLUMNS}
  FROM "CurrentScore" s
  WHERE s."entityId" = e."id"`;

/** Pooled sums over rows of `latest` aliased `l`, every column cast so pg returns plain numbers. */
export const POOLED_SUMS_COLUMNS = Prisma.sql`
  COALESCE(SUM(l."debtWeight"), 0)::float8 AS "debtWeight",
  COALESCE(SUM(l."totalWeight"), 0)::float8 AS "totalWeight",
  COALESCE(SUM(l."answeredCount"), 0)::int AS "answeredCount",
  COALESCE(SUM(l."applicableCount"), 0)::int AS "applicableCount",
  COALESCE(SUM(l."principalDays"), 0)::float8 AS "principalDays",
  COUNT(l."entityId")::int AS "assessedCount",
  MAX(l."submittedAt") AS "lastAssessedAt"`;

export interface PooledSumsRow {
  debtWeight: number;
  totalWeight: number;
  answeredCount: number;
  applicableCount: number;
  principalDays: number;
  assessedCount: number;
  lastAssessedAt: Date | null;
}

/** A row joined to `latest` (LEFT JOIN: columns null when never assessed) → its sums, or null. */
export function sumsOrNull(r: {
  debtWeight: number | null;
  totalWeight: number | null;
  answeredCount: number | null;
  applicableCount: number | null;
  principalDays: number | null;
}): ScoreSums | null {
  if (r.totalWeight === null) return null;
  return {
    debtWeight: r.debtWeight ?? 0,
    totalWeight: r.totalWeight,
    answeredCount: r.answeredCount ?? 0,
    applicableCount: r.applicableCount ?? 0,
    principalDays: r.principalDays ?? 0,
  };
}
