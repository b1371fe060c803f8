// Hotspots: active entities ranked by debt ratio × impact (docs/scoring.md §10), ties by principal,
// then name. Impact comes precomputed per entity (EntityImpact, rewritten by every findings
// recompute from the catalogue graph: blast radius and consumers), and the score itself is kept on
// CurrentScore (hotspot-score.sql.ts), so the overall ranking, whole or one team's, is a range of
// an index (its non-null scores) and its total a count of that range: a few milliseconds at scale
// L. With a category the ratio is that category's, from the current assessment's per-category sums
// (a join and sort). rankHotspots pages the ranking (limit, offset) and counts it in the same
// statement.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db/client";
import { Prisma, type Lifecycle } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { LATEST_DEBT_ASSESSMENT_CTE } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { latestCategorySumsCte } from "@/lib/server/scoring/latest-category-sums.sql";
import { cachedCountsSql } from "./cached-by-scores-version";

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
  /**
   * Pages: take the total of an unfiltered ranking (the organisation's, or a team's by id) from
   * the cache keyed by the current-state tables' version (cached-by-scores-version.ts) instead of
   * counting ~20k index entries at scale L on every request.
   */
  cachedTotal?: boolean;
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
  const { rows, total } = options.category
    ? await rankByCategory(options.category, options, limit, offset)
    : await rankOverall(options, limit, offset);
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

/**
 * A ranking row's columns but its score: the entity's from `entity`, the team's from `t`, the
 * overall sums from `sums`, the ratio ranked by, the impact from EntityImpact `i`.
 */
function rowColumns(entity: Prisma.Sql, sums: Prisma.Sql, ratio: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${entity}."id", ${entity}."kind", ${entity}."name", ${entity}."lifecycle",
        t."slug" AS "teamSlug", t."name" AS "teamName",
        ${sums}."debtWeight"::float8 AS "debtWeight", ${sums}."totalWeight"::float8 AS "totalWeight",
        ${sums}."answeredCount"::int AS "answeredCount", ${sums}."applicableCount"::int AS "applicableCount",
        ${sums}."principalDays"::float8 AS "principalDays",
        (${ratio})::float8 AS ratio,
        COALESCE(i."downstreamCount", 0)::int AS downstream,
        COALESCE(i."consumerCount", 0)::int AS consumers,
        COALESCE(i."impact", 1)::float8 AS impact`;
}

interface RankedPage {
  rows: Row[];
  total: number;
}

/**
 * The overall ranking: a range of CurrentScore's index on the kept hotspot score (the
 * team's index when filtered by team), Entity joined per row for kind/lifecycle filters and the
 * tie-break by name (an incremental sort within equal score and principal); the total counts the
 * same index range. One statement: the total comes on every row, or on one row without an entity
 * when the page lies past the end.
 */
async function rankOverall(options: ListHotspotsOptions, limit: number, offset: number): Promise<RankedPage> {
  const scored: Prisma.Sql[] = [Prisma.sql`s."hotspotScore" IS NOT NULL`];
  if (options.team)
    scored.push(Prisma.sql`s."teamId" = (SELECT tt."id" FROM "Team" tt WHERE tt."slug" = ${options.team})`);
  if (options.teamId) scored.push(Prisma.sql`s."teamId" = ${options.teamId}`);
  // Compared as the enums (not as text), so the planner knows how many entities match.
  const entity: Prisma.Sql[] = [];
  if (options.kind) entity.push(Prisma.sql`e."kind" = ${options.kind}::"EntityKind"`);
  if (options.lifecycle) entity.push(Prisma.sql`e."lifecycle" = ${options.lifecycle}::"Lifecycle"`);
  // The same team on Entity's side (it always is: re-owning syncs CurrentScore) lets a team's
  // count with a kind read Entity's (teamId, kind) index instead of every entity of the kind.
  if (entity.length > 0 && (options.team || options.teamId)) entity.push(Prisma.sql`e."teamId" = s."teamId"`);
  const filter = Prisma.join([...scored, ...entity], " AND ");
  const entityJoin = entity.length > 0 ? Prisma.sql`JOIN "Entity" e ON e."id" = s."entityId"` : Prisma.empty;
  // The count reads CurrentScore alone (hotspot score, team), which every change to it re-versions.
  const counted = await cachedCountsSql(
    options.cachedTotal && entity.length === 0 && !options.team ? `hotspots-total|${options.teamId ?? "org"}` : null,
    Prisma.sql`SELECT COUNT(*)::int AS total FROM "CurrentScore" s ${entityJoin} WHERE ${filter}`,
    ["total"],
  );
  const rows = await db().$queryRaw<(Omit<Row, "id"> & { id: string | null })[]>(Prisma.sql`
    WITH counted AS (${counted}),
    ranked AS (
      SELECT e."id", e."kind", e."name", e."lifecycle", e."teamId", s."debtWeight", s."totalWeight",
        s."answeredCount", s."applicableCount", s."principalDays", s."hotspotScore"
      FROM "CurrentScore" s
      JOIN "Entity" e ON e."id" = s."entityId"
      -- A page past the end reads no index entry.
      WHERE ${filter} AND ${offset} < (SELECT total FROM counted)
      ORDER BY s."hotspotScore" DESC, s."principalDays" DESC, e."name", e."id"
      LIMIT ${limit} OFFSET ${offset}
    ),
    -- Team and impact for the page's rows only.
    page AS (
      SELECT ${rowColumns(Prisma.raw("r"), Prisma.raw("r"), Prisma.sql`r."debtWeight" / r."totalWeight"`)},
        r."hotspotScore" AS score
      FROM ranked r
      LEFT JOIN "Team" t ON t."id" = r."teamId"
      LEFT JOIN "EntityImpact" i ON i."entityId" = r."id"
    )
    SELECT page.*, counted.total
    FROM counted LEFT JOIN page ON TRUE
    ORDER BY page.score DESC, page."principalDays" DESC, page."name", page."id"`);
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.filter((r): r is Row => r.id !== null),
  };
}

/**
 * Ranked by one category's ratio (CurrentCategoryScore) instead: not kept, so a join and a sort
 * over the scored entities with a window count.
 */
async function rankByCategory(
  category: string,
  options: ListHotspotsOptions,
  limit: number,
  offset: number,
): Promise<RankedPage> {
  const where: Prisma.Sql[] = [Prisma.sql`e."archivedAt" IS NULL`, Prisma.sql`l."totalWeight" > 0`];
  if (options.team) where.push(Prisma.sql`t."slug" = ${options.team}`);
  if (options.teamId) where.push(Prisma.sql`e."teamId" = ${options.teamId}`);
  if (options.kind) where.push(Prisma.sql`e."kind"::text = ${options.kind}`);
  if (options.lifecycle) where.push(Prisma.sql`e."lifecycle"::text = ${options.lifecycle}`);
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE}, ${latestCategorySumsCte(category)},
    scored AS (
      SELECT ${rowColumns(Prisma.raw("e"), Prisma.raw("l"), Prisma.sql`c."debtWeight" / c."totalWeight"`)}
      FROM latest l
      JOIN "Entity" e ON e."id" = l."entityId"
      JOIN latest_by_category c ON c."entityId" = l."entityId" AND c."totalWeight" > 0
      LEFT JOIN "Team" t ON t."id" = e."teamId"
      LEFT JOIN "EntityImpact" i ON i."entityId" = e."id"
      WHERE ${Prisma.join(where, " AND ")}
    )
    SELECT *, (ratio * impact)::float8 AS score, COUNT(*) OVER ()::int AS total
    FROM scored
    WHERE ratio > 0
    ORDER BY score DESC, "principalDays" DESC, "name", "id"
    LIMIT ${limit} OFFSET ${offset}`);
  // A page past the end has no row to carry the total: count the ranking from its first row.
  const total = rows[0]?.total ?? (offset > 0 ? (await rankByCategory(category, options, 1, 0)).total : 0);
  return { rows, total };
}

const rankHotspotsByKey = cache((key: string) => rankHotspots(JSON.parse(key) as ListHotspotsOptions));

/**
 * rankHotspots once per request and options (React cache): the hotspots page's table, treemap and
 * heatmap (its top rows) show the same ranking, so they share one query. The total comes from the
 * version-keyed cache where it can (cachedTotal).
 */
export function rankHotspotsOnce(options: ListHotspotsOptions = {}): Promise<HotspotRanking> {
  const { team, teamId, kind, lifecycle, category, limit, offset } = options;
  return rankHotspotsByKey(
    JSON.stringify({ team, teamId, kind, lifecycle, category, limit, offset, cachedTotal: true }),
  );
}

export async function listHotspotsOnce(options: ListHotspotsOptions = {}): Promise<HotspotRow[]> {
  return (await rankHotspotsOnce(options)).rows;
}
