// How many active entities sit at each rating, from their latest submitted DEBT assessment.
// The letter boundaries are the scoring module's (ratingSql, debt-rule.sql.ts).
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { RATINGS, type Rating } from "@/lib/domain/scoring/score";
import { ratingSql } from "@/lib/server/scoring/debt-rule.sql";
import { LATEST_DEBT_ASSESSMENT_CTE } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface CountEntitiesByRatingOptions {
  /** Limit to one team; omitted = the whole organisation. */
  teamId?: string;
}

export type RatingCounts = Record<Rating, number>;

export async function countEntitiesByRating(options: CountEntitiesByRatingOptions = {}): Promise<RatingCounts> {
  const team = options.teamId ? Prisma.sql`AND e."teamId" = ${options.teamId}` : Prisma.empty;
  const rows = await db().$queryRaw<{ rating: Rating; n: number }[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE},
    ratios AS (
      SELECT l."debtWeight" / l."totalWeight" AS ratio
      FROM latest l JOIN "Entity" e ON e."id" = l."entityId"
      WHERE e."archivedAt" IS NULL AND l."totalWeight" > 0 ${team}
    )
    SELECT ${ratingSql(Prisma.sql`ratio`)} AS rating, COUNT(*)::int AS n
    FROM ratios GROUP BY 1`);
  const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as RatingCounts;
  for (const row of rows) counts[row.rating] = row.n;
  return counts;
}
