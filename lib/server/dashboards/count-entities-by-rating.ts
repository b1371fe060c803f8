// How many active entities sit at each rating, from their latest submitted DEBT assessment: the
// maintained CurrentScore rows (their `active` and `teamId` are kept with the entity's, see
// sync-current-scores.ts), so no join with Entity. The letter boundaries are the scoring
// module's (ratingSql, debt-rule.sql.ts).
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { RATINGS, type Rating } from "@/lib/domain/scoring/score";
import { ratingSql } from "@/lib/server/scoring/debt-rule.sql";

export interface CountEntitiesByRatingOptions {
  /** Limit to one team; omitted = the whole organisation. */
  teamId?: string;
}

export type RatingCounts = Record<Rating, number>;

export async function countEntitiesByRating(options: CountEntitiesByRatingOptions = {}): Promise<RatingCounts> {
  const team = options.teamId ? Prisma.sql`AND s."teamId" = ${options.teamId}` : Prisma.empty;
  const rows = await db().$queryRaw<{ rating: Rating; n: number }[]>(Prisma.sql`
    SELECT ${ratingSql(Prisma.sql`(s."debtWeight" / s."totalWeight")`)} AS rating, COUNT(*)::int AS n
    FROM "CurrentScore" s
    WHERE s."active" AND s."totalWeight" > 0 ${team}
    GROUP BY 1`);
  const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as RatingCounts;
  for (const row of rows) counts[row.rating] = row.n;
  return counts;
}
