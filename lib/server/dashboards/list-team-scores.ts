// Every active team with its pooled debt score, entity counts per kind and member count: one
// statement, grouped in the database.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import {
  LATEST_DEBT_ASSESSMENT_CTE,
  POOLED_SUMS_COLUMNS,
  type PooledSumsRow,
} from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface TeamScoreRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  sums: ScoreSums;
  assessedCount: number;
  lastAssessedAt: Date | null;
  entityCount: number;
  models: number;
  features: number;
  sources: number;
  consumers: number;
  members: number;
}

export interface ListTeamScoresOptions {
  /** Cap on rows; the organisation has tens of teams, not thousands. */
  limit?: number;
}

type Row = PooledSumsRow & Omit<TeamScoreRow, "sums" | "assessedCount" | "lastAssessedAt">;

export async function listTeamScores(options: ListTeamScoresOptions = {}): Promise<TeamScoreRow[]> {
  const limit = options.limit ?? 200;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE},
    members AS (SELECT "teamId", COUNT(*)::int AS n FROM "Membership" GROUP BY "teamId")
    SELECT t."id", t."slug", t."name", t."description",
      ${POOLED_SUMS_COLUMNS},
      COUNT(e."id")::int AS "entityCount",
      COUNT(e."id") FILTER (WHERE e."kind" = 'MODEL')::int AS "models",
      COUNT(e."id") FILTER (WHERE e."kind" = 'FEATURE')::int AS "features",
      COUNT(e."id") FILTER (WHERE e."kind" = 'DATA_SOURCE')::int AS "sources",
      COUNT(e."id") FILTER (WHERE e."kind" = 'CONSUMER')::int AS "consumers",
      COALESCE(MAX(m.n), 0)::int AS "members"
    FROM "Team" t
    LEFT JOIN "Entity" e ON e."teamId" = t."id" AND e."archivedAt" IS NULL
    LEFT JOIN latest l ON l."entityId" = e."id"
    LEFT JOIN members m ON m."teamId" = t."id"
    WHERE t."archivedAt" IS NULL
    GROUP BY t."id"
    ORDER BY t."name"
    LIMIT ${limit}`);
  return rows.map(({ debtWeight, totalWeight, answeredCount, applicableCount, principalDays, ...rest }) => ({
    ...rest,
    sums: { debtWeight, totalWeight, answeredCount, applicableCount, principalDays },
  }));
}
