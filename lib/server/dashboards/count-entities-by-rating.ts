// How many active entities sit at each rating, from their latest submitted DEBT assessment.
// The letter boundaries come from the scoring module, passed as parameters.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { RATING_UPPER_BOUNDS, RATINGS, type Rating } from "@/lib/domain/scoring/score";
import { LATEST_DEBT_ASSESSMENT_CTE } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface CountEntitiesByRatingOptions {
  /** Limit to one team; omitted = the whole organisation. */
  teamId?: string;
}

export type RatingCounts = Record<Rating, number>;

// Same tolerance as ratingOf, so a ratio on a boundary lands in the same letter.
const EPSILON = 1e-9;

export async function countEntitiesByRating(options: CountEntitiesByRatingOptions = {}): Promise<RatingCounts> {
  const b = RATING_UPPER_BOUNDS;
  const team = options.teamId ? Prisma.sql`AND e."teamId" = ${options.teamId}` : Prisma.empty;
  const rows = await db().$queryRaw<{ rating: Rating; n: number }[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE},
    ratios AS (
      SELECT l."debtWeight" / l."totalWeight" AS ratio
      FROM latest l JOIN "Entity" e ON e."id" = l."entityId"
      WHERE e."archivedAt" IS NULL AND l."totalWeight" > 0 ${team}
    )
    SELECT CASE
        WHEN ratio <= ${b.A + EPSILON} THEN 'A'
        WHEN ratio <= ${b.B + EPSILON} THEN 'B'
        WHEN ratio <= ${b.C + EPSILON} THEN 'C'
        WHEN ratio <= ${b.D + EPSILON} THEN 'D'
        ELSE 'E' END AS rating,
      COUNT(*)::int AS n
    FROM ratios GROUP BY 1`);
  const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as RatingCounts;
  for (const row of rows) counts[row.rating] = row.n;
  return counts;
}
