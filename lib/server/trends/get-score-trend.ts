// A scope's debt over time, one point per week or month: the last ScoreSnapshot row of each
// bucket (organisation, team, category in the organisation or in a team), picked in SQL. An
// entity has no snapshot rows, so its points are its own latest submitted DEBT assessment as of
// each bucket's last day, also picked in SQL (one LATERAL lookup per bucket, on the entity's
// assessments only).
//
// Snapshot days are whatever was recorded: month ends from the seeds, the start-up day, and
// every day with a submission. A week without a snapshot has no point; the card says so.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { bucketsBetween, isoDay, rangeStart } from "@/lib/domain/trends/buckets";
import type { TrendGrain, TrendRange, TrendScope } from "@/lib/domain/trends/scope";

export interface TrendPoint {
  /** The day the figures are for (YYYY-MM-DD): the snapshot's day, or the bucket's last day for an entity. */
  day: string;
  /** The bucket's first day (Monday / 1st of the month). */
  bucket: string;
  sums: ScoreSums;
  /** Entities pooled into the point (1 for an entity). */
  entityCount: number;
}

export interface ScoreTrend {
  /** The range's first and last day (today), for the chart's x axis. */
  from: string;
  to: string;
  points: TrendPoint[];
  source: "snapshots" | "assessments";
}

export interface GetScoreTrendOptions {
  scope: TrendScope;
  range: TrendRange;
  grain: TrendGrain;
  now?: Date;
}

interface Row {
  day: string;
  bucket: string;
  debtWeight: number;
  totalWeight: number;
  answeredCount: number;
  applicableCount: number;
  principalDays: number;
  entityCount: number;
}

const toPoint = ({ day, bucket, entityCount, ...sums }: Row): TrendPoint => ({ day, bucket, entityCount, sums });

export async function getScoreTrend(options: GetScoreTrendOptions): Promise<ScoreTrend> {
  const now = options.now ?? new Date();
  const from = rangeStart(options.range, now);
  const to = isoDay(now);
  if (options.scope.kind === "entity") {
    const points = await entityPoints(options.scope.entityId, from, to, options.grain);
    return { from, to, points, source: "assessments" };
  }
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    SELECT DISTINCT ON (b.bucket)
      to_char(b."takenOn", 'YYYY-MM-DD') AS day, to_char(b.bucket, 'YYYY-MM-DD') AS bucket,
      b."debtWeight"::float8 AS "debtWeight", b."totalWeight"::float8 AS "totalWeight",
      b."answeredCount"::int AS "answeredCount", b."applicableCount"::int AS "applicableCount",
      b."principalDays"::float8 AS "principalDays", b."entityCount"::int AS "entityCount"
    FROM (
      SELECT s.*, date_trunc(${options.grain}, s."takenOn")::date AS bucket
      FROM "ScoreSnapshot" s
      WHERE ${snapshotFilter(options.scope)}
        AND s."takenOn" BETWEEN ${from}::date AND ${to}::date
    ) b
    ORDER BY b.bucket, b."takenOn" DESC`);
  return { from, to, points: rows.map(toPoint), source: "snapshots" };
}

function snapshotFilter(scope: Exclude<TrendScope, { kind: "entity" }>): Prisma.Sql {
  switch (scope.kind) {
    case "org":
      return Prisma.sql`s."scope" = 'ORG' AND s."categoryId" IS NULL`;
    case "team":
      return Prisma.sql`s."scope" = 'TEAM' AND s."teamId" = ${scope.teamId} AND s."categoryId" IS NULL`;
    case "category": {
      const category = Prisma.sql`s."categoryId" = (SELECT c."id" FROM "DebtCategory" c WHERE c."key" = ${scope.categoryKey} AND c."rubric" = 'DEBT')`;
      return scope.teamId
        ? Prisma.sql`s."scope" = 'TEAM' AND s."teamId" = ${scope.teamId} AND ${category}`
        : Prisma.sql`s."scope" = 'ORG' AND ${category}`;
    }
  }
}

async function entityPoints(entityId: string, from: string, to: string, grain: TrendGrain): Promise<TrendPoint[]> {
  const buckets = bucketsBetween(from, to, grain);
  if (buckets.length === 0) return [];
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    SELECT b."end" AS day, b.start AS bucket,
      a."debtWeight"::float8 AS "debtWeight", a."totalWeight"::float8 AS "totalWeight",
      a."answeredCount"::int AS "answeredCount", a."applicableCount"::int AS "applicableCount",
      a."principalDays"::float8 AS "principalDays", 1 AS "entityCount"
    FROM unnest(${buckets.map((b) => b.start)}::text[], ${buckets.map((b) => b.end)}::text[]) AS b(start, "end")
    CROSS JOIN LATERAL (
      SELECT x.* FROM "Assessment" x
      WHERE x."entityId" = ${entityId} AND x."rubric" = 'DEBT' AND x."status" = 'SUBMITTED'
        AND x."submittedAt" < ((b."end"::date + 1)::timestamp AT TIME ZONE 'UTC')
      ORDER BY x."submittedAt" DESC, x."submittedSeq" DESC NULLS LAST
      LIMIT 1
    ) a
    ORDER BY b.start`);
  return rows.map(toPoint);
}
