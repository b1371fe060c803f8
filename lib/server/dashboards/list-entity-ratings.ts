// The debt rating of each of a few entities (a lineage graph's nodes), from each one's latest
// submitted debt assessment; null for an entity never assessed. One index probe per entity.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import { debtRatio, ratingOf, type Rating } from "@/lib/domain/scoring/score";
import { LATEST_DEBT_ASSESSMENT_OF_E } from "@/lib/server/scoring/latest-debt-assessment.sql";

export async function listEntityRatings(options: { ids: readonly string[] }): Promise<Map<string, Rating | null>> {
  const ratings = new Map<string, Rating | null>();
  if (options.ids.length === 0) return ratings;
  const rows = await db().$queryRaw<{ id: string; debtWeight: number | null; totalWeight: number | null }[]>(
    Prisma.sql`
      SELECT e."id", l."debtWeight"::float8 AS "debtWeight", l."totalWeight"::float8 AS "totalWeight"
      FROM "Entity" e
      LEFT JOIN LATERAL (${LATEST_DEBT_ASSESSMENT_OF_E}) l ON TRUE
      WHERE e."id" = ANY(${[...options.ids]})`,
  );
  for (const r of rows)
    ratings.set(
      r.id,
      r.totalWeight === null
        ? null
        : ratingOf(debtRatio({ debtWeight: r.debtWeight ?? 0, totalWeight: r.totalWeight })),
    );
  return ratings;
}
