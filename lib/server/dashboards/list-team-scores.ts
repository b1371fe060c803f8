// Every active team with its pooled debt score, entity counts per kind and member count: one
// statement, grouped in the database.
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import type { PooledSumsRow } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { POOLED_ROW_COLUMNS } from "@/lib/server/scoring/pooled-score.sql";

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
  // Sums from each team's pooled row (maintained at write time); counts from the entities' index.
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH members AS (SELECT "teamId", COUNT(*)::int AS n FROM "Membership" GROUP BY "teamId"),
    entities AS (
      SELECT e."teamId",
        COUNT(*)::int AS "entityCount",
        COUNT(*) FILTER (WHERE e."kind" = 'MODEL')::int AS "models",
        COUNT(*) FILTER (WHERE e."kind" = 'FEATURE')::int AS "features",
        COUNT(*) FILTER (WHERE e."kind" = 'DATA_SOURCE')::int AS "sources",
        COUNT(*) FILTER (WHERE e."kind" = 'CONSUMER')::int AS "consumers"
      FROM "Entity" e WHERE e."archivedAt" IS NULL AND e."teamId" IS NOT NULL
      GROUP BY e."teamId"
    ),
    last_submit AS (
      SELECT s."teamId", MAX(s."submittedAt") AS at FROM "CurrentScore" s WHERE s."active" GROUP BY s."teamId"
    )
    SELECT t."id", t."slug", t."name", t."description",
      ${POOLED_ROW_COLUMNS},
      ls.at AS "lastAssessedAt",
      COALESCE(en."entityCount", 0)::int AS "entityCount", COALESCE(en."models", 0)::int AS "models",
      COALESCE(en."features", 0)::int AS "features", COALESCE(en."sources", 0)::int AS "sources",
      COALESCE(en."consumers", 0)::int AS "consumers", COALESCE(m.n, 0)::int AS "members"
    FROM "Team" t
    LEFT JOIN "PooledScore" p ON p."teamId" = t."id" AND p."categoryId" IS NULL
    LEFT JOIN entities en ON en."teamId" = t."id"
    LEFT JOIN last_submit ls ON ls."teamId" = t."id"
    LEFT JOIN members m ON m."teamId" = t."id"
    WHERE t."archivedAt" IS NULL
    ORDER BY t."name"
    LIMIT ${limit}`);
  return rows.map(({ debtWeight, totalWeight, answeredCount, applicableCount, principalDays, ...rest }) => ({
    ...rest,
    sums: { debtWeight, totalWeight, answeredCount, applicableCount, principalDays },
  }));
}
