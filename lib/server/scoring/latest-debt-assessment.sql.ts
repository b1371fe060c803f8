// Shared SQL: each entity's latest submitted DEBT assessment (highest submittedSeq), whose frozen
// sums are the entity's current score. Not a query by itself; the reads in this folder embed it
// as a CTE named `latest` so that pooling happens in the database.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";

/**
 * `latest` limited to one team's entities up front: a team's page then reads its own assessments
 * and answers instead of every entity's (the planner cannot push a join's team filter through
 * DISTINCT ON).
 */
export function latestDebtAssessmentCte(options: { teamId?: string } = {}): Prisma.Sql {
  const team = options.teamId
    ? Prisma.sql`AND a."entityId" IN (SELECT t."id" FROM "Entity" t WHERE t."teamId" = ${options.teamId})`
    : Prisma.empty;
  return Prisma.sql`
  latest AS (
    SELECT DISTINCT ON (a."entityId")
      a."entityId", a."id" AS "assessmentId", a."debtWeight", a."totalWeight", a."answeredCount", a."applicableCount",
      a."principalDays", a."submittedAt"
    FROM "Assessment" a
    WHERE a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED' ${team}
    ORDER BY a."entityId", a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
  )`;
}

export const LATEST_DEBT_ASSESSMENT_CTE = latestDebtAssessmentCte();

/**
 * The same latest assessment for one entity row aliased `e`, as a LATERAL join aliased `l`: one
 * index probe per entity, for reads that start from a few entities (a page, a team) rather than
 * pooling the organisation. Use as `LEFT JOIN LATERAL (${LATEST_DEBT_ASSESSMENT_OF_E}) l ON TRUE`.
 */
export const LATEST_DEBT_ASSESSMENT_OF_E = Prisma.sql`
  SELECT a."id" AS "assessmentId", a."submittedSeq", a."authorId",
    a."debtWeight", a."totalWeight", a."answeredCount", a."applicableCount", a."principalDays", a."submittedAt"
  FROM "Assessment" a
  WHERE a."entityId" = e."id" AND a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
  ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
  LIMIT 1`;

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
