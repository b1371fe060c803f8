// Entities whose latest submitted debt assessment is stale (docs/scoring.md §7: strictly older
// than STALE_AFTER_DAYS), oldest first, with the totals: stale and never assessed. Read from the
// maintained CurrentScore rows (an index range on (active, submittedAt) or (teamId, active)):
// never assessed = active entities without one. Pages may take the two CurrentScore counts from the
// version-keyed cache (cachedCounts); the rows and the entity count are always read.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import { cachedCountsSql } from "./cached-by-scores-version";

const DAY_MS = 86_400_000;

export interface ListStaleAssessmentsOptions {
  now: Date;
  maxAgeDays: number;
  teamId?: string;
  limit?: number;
  /**
   * Pages: take the two CurrentScore counts (stale, and active with an assessment) from the cache
   * keyed by the current-state tables' version and `now` (cached-by-scores-version.ts); pass a
   * `now` that changes once a minute (currentMinute) so they are computed once a minute at most.
   */
  cachedCounts?: boolean;
}

export interface StaleAssessmentRow {
  id: string;
  kind: EntityKind;
  name: string;
  team: { slug: string; name: string } | null;
  submittedAt: Date;
}

export interface StaleAssessments {
  rows: StaleAssessmentRow[];
  staleCount: number;
  neverCount: number;
}

export async function listStaleAssessments(options: ListStaleAssessmentsOptions): Promise<StaleAssessments> {
  const cutoff = new Date(options.now.getTime() - options.maxAgeDays * DAY_MS);
  const team = (alias: string) =>
    options.teamId ? Prisma.sql`AND ${Prisma.raw(alias)}."teamId" = ${options.teamId}` : Prisma.empty;
  const scored = await cachedCountsSql(
    options.cachedCounts ? `stale|${options.teamId ?? "org"}|${cutoff.toISOString()}` : null,
    Prisma.sql`SELECT
      (SELECT COUNT(*) FROM "CurrentScore" s WHERE s."active" AND s."submittedAt" < ${cutoff} ${team("s")})::int AS "staleCount",
      (SELECT COUNT(*) FROM "CurrentScore" s WHERE s."active" ${team("s")})::int AS "scoredCount"`,
    ["staleCount", "scoredCount"],
  );
  const rows = await db().$queryRaw<
    (Omit<StaleAssessmentRow, "team"> & {
      teamSlug: string | null;
      teamName: string | null;
      staleCount: number;
      neverCount: number;
    })[]
  >(Prisma.sql`
    WITH scored AS (${scored}),
    totals AS (
      SELECT c."staleCount",
        ((SELECT COUNT(*) FROM "Entity" e WHERE e."archivedAt" IS NULL ${team("e")}) - c."scoredCount")::int AS "neverCount"
      FROM scored c
    )
    SELECT a."id", a."kind", a."name", a."submittedAt", t."slug" AS "teamSlug", t."name" AS "teamName", x."staleCount", x."neverCount"
    FROM totals x
    LEFT JOIN LATERAL (
      SELECT e."id", e."kind", e."name", e."teamId", s."submittedAt"
      FROM "CurrentScore" s JOIN "Entity" e ON e."id" = s."entityId"
      WHERE s."active" AND s."submittedAt" < ${cutoff} ${team("s")}
      ORDER BY s."submittedAt", e."name" LIMIT ${options.limit ?? 8}
    ) a ON TRUE
    LEFT JOIN "Team" t ON t."id" = a."teamId"
    ORDER BY a."submittedAt", a."name"`);
  const first = rows[0];
  return {
    staleCount: first?.staleCount ?? 0,
    neverCount: first?.neverCount ?? 0,
    rows: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        name: r.name,
        submittedAt: r.submittedAt,
        team: r.teamSlug && r.teamName ? { slug: r.teamSlug, name: r.teamName } : null,
      })),
  };
}
