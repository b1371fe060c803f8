// Hotspots: active entities ranked by debt ratio × impact (docs/scoring.md §10). Impact comes
// precomputed per entity (EntityImpact, rewritten by every findings recompute from the catalogue
// graph: blast radius and consumers), so the ranking is one join and one sort in SQL. With a
// category the ratio is that category's, from the latest assessment's answers. rankHotspots pages
// the ranking (limit, offset) and counts it in the same statement (a window count).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db/client";
import { Prisma, type Lifecycle } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { LATEST_DEBT_ASSESSMENT_CTE } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { latestCategorySumsCte } from "@/lib/server/scoring/latest-category-sums.sql";

export interface ListHotspotsOptions {
  /** Team slug (pages filter by the URL's slug). */
  team?: string;
  /** Team id (server code that already holds the id, e.g. a review's scope). */
  teamId?: string;
  kind?: EntityKind | "";
  lifecycle?: Lifecycle | "";
  /** DEBT category key: rank by that category's debt ratio instead of the overall one. */
  category?: string;
  limit?: number;
  /** Rows of the ranking to skip (a page of the hotspots table). */
  offset?: number;
}

export interface HotspotRow {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  team: { slug: string; name: string } | null;
  /** The entity's overall sums (latest submitted DEBT assessment). */
  sums: ScoreSums;
  /** The ratio the score uses: overall, or the category's when one is chosen. */
  ratio: number;
  downstream: number;
  consumers: number;
  impact: number;
  score: number;
}

interface Row extends ScoreSums {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  teamSlug: string | null;
  teamName: string | null;
  ratio: number;
  downstream: number;
  consumers: number;
  impact: number;
  score: number;
  /** Rows in the whole ranking (every page). */
  total: number;
}

/** One page of the ranking and how many rows the whole ranking has. */
export interface HotspotRanking {
  rows: HotspotRow[];
  total: number;
}

export async function listHotspots(options: ListHotspotsOptions = {}): Promise<HotspotRow[]> {
  return (await rankHotspots(options)).rows;
}

export async function rankHotspots(options: ListHotspotsOptions = {}): Promise<HotspotRanking> {
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const where: Prisma.Sql[] = [Prisma.sql`e."archivedAt" IS NULL`, Prisma.sql`l."totalWeight" > 0`];
  if (options.team) where.push(Prisma.sql`t."slug" = ${options.team}`);
  if (options.teamId) where.push(Prisma.sql`e."teamId" = ${options.teamId}`);
  if (options.kind) where.push(Prisma.sql`e."kind"::text = ${options.kind}`);
  if (options.lifecycle) where.push(Prisma.sql`e."lifecycle"::text = ${options.lifecycle}`);
  const byCategory = Boolean(options.category);
  const ratio = byCategory
    ? Prisma.sql`(c."debtWeight" / c."totalWeight")`
    : Prisma.sql`(l."debtWeight" / l."totalWeight")`;
  const categoryJoin = byCategory
    ? Prisma.sql`JOIN latest_by_category c ON c."entityId" = l."entityId" AND c."totalWeight" > 0`
    : Prisma.empty;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE}${byCategory ? Prisma.sql`, ${latestCategorySumsCte(options.category)}` : Prisma.empty},
    scored AS (
      SELECT e."id", e."kind", e."name", e."lifecycle", t."slug" AS "teamSlug", t."name" AS "teamName",
        l."debtWeight"::float8 AS "debtWeight", l."totalWeight"::float8 AS "totalWeight",
        l."answeredCount"::int AS "answeredCount", l."applicableCount"::int AS "applicableCount",
        l."principalDays"::float8 AS "principalDays",
        ${ratio}::float8 AS ratio,
        COALESCE(i."downstreamCount", 0)::int AS downstream,
        COALESCE(i."consumerCount", 0)::int AS consumers,
        COALESCE(i."impact", 1)::float8 AS impact
      FROM latest l
      JOIN "Entity" e ON e."id" = l."entityId"
      ${categoryJoin}
      LEFT JOIN "Team" t ON t."id" = e."teamId"
      LEFT JOIN "EntityImpact" i ON i."entityId" = e."id"
      WHERE ${Prisma.join(where, " AND ")}
    )
    SELECT *, (ratio * impact)::float8 AS score, COUNT(*) OVER ()::int AS total
    FROM scored
    WHERE ratio > 0
    ORDER BY score DESC, "principalDays" DESC, "name", "id"
    LIMIT ${limit} OFFSET ${offset}`);
  const total = rows[0]?.total ?? (offset > 0 ? await countBeyond(options) : 0);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      lifecycle: r.lifecycle,
      team: r.teamSlug && r.teamName ? { slug: r.teamSlug, name: r.teamName } : null,
      sums: {
        debtWeight: r.debtWeight,
        totalWeight: r.totalWeight,
        answeredCount: r.answeredCount,
        applicableCount: r.applicableCount,
        principalDays: r.principalDays,
      },
      ratio: r.ratio,
      downstream: r.downstream,
      consumers: r.consumers,
      impact: r.impact,
      score: r.score,
    })),
  };
}

/** A page past the end has no row to carry the total: count the ranking from its first row. */
async function countBeyond(options: ListHotspotsOptions): Promise<number> {
  const first = await rankHotspots({ ...options, offset: 0, limit: 1 });
  return first.total;
}

const rankHotspotsByKey = cache((key: string) => rankHotspots(JSON.parse(key) as ListHotspotsOptions));

/**
 * rankHotspots once per request and options (React cache): the hotspots page's table, treemap and
 * heatmap (its top rows) show the same ranking, so they share one query.
 */
export function rankHotspotsOnce(options: ListHotspotsOptions = {}): Promise<HotspotRanking> {
  const { team, teamId, kind, lifecycle, category, limit, offset } = options;
  return rankHotspotsByKey(JSON.stringify({ team, teamId, kind, lifecycle, category, limit, offset }));
}

export async function listHotspotsOnce(options: ListHotspotsOptions = {}): Promise<HotspotRow[]> {
  return (await rankHotspotsOnce(options)).rows;
}
