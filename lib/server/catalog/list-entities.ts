// One page of the catalogue: entities of a kind, filtered by name and team, with each row's
// latest score and lineage degree, filtered (team, lifecycle, the kind's own field) and sorted.
// Pagination is OFFSET/LIMIT; the total comes from a matching COUNT so the page never loads the
// whole table.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma, type Lifecycle } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { catalogFilterSql } from "@/lib/server/catalog/catalog-filter.sql";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface ListEntitiesOptions {
  kind: EntityKind;
  /** Substring of the name or title, case-insensitive; "" = all. */
  q?: string;
  /** Team slug; "none" = entities no team owns; "" = every team. */
  team?: string;
  page: number;
  pageSize: number;
  lifecycle?: string;
  detail?: string;
  sort?: "name" | "updated" | "debt" | "downstream";
}

export interface EntityListRow {
  id: string;
  kind: EntityKind;
  name: string;
  title: string;
  lifecycle: Lifecycle;
  team: { slug: string; name: string } | null;
  sums: ScoreSums | null;
  lastAssessedAt: Date | null;
  upstream: number;
  downstream: number;
  /** The kind's own headline fields, e.g. framework and serving mode for a model. */
  detail: { primary: string | null; secondary: string | null };
}

export interface EntityPage {
  rows: EntityListRow[];
  total: number;
}

// The page is chosen first, over the Entity rows alone (plus only what the order needs), so
// OFFSET skips cheap rows; scores, degrees and kind fields are then computed for 25 rows only.
// Every order ends in the unique name, so pages never overlap or skip rows.
// `key` is carried out of the page query so the outer query can keep its order (no window
// function: that would defeat the index's early stop on the default name order).
const ORDER: Record<
  NonNullable<ListEntitiesOptions["sort"]>,
  { join: Prisma.Sql; key: Prisma.Sql; by: Prisma.Sql; outer: Prisma.Sql }
> = {
  name: { join: Prisma.empty, key: Prisma.sql`NULL::int`, by: Prisma.sql`e."name"`, outer: Prisma.sql`e."name"` },
  updated: {
    join: Prisma.empty,
    key: Prisma.sql`e."updatedAt"`,
    by: Prisma.sql`e."updatedAt" DESC, e."name"`,
    outer: Prisma.sql`p.key DESC, e."name"`,
  },
  debt: {
    join: Prisma.sql`LEFT JOIN LATERAL (
        SELECT a."debtWeight" / NULLIF(a."totalWeight", 0) AS ratio FROM "Assessment" a
        WHERE a."entityId" = e."id" AND a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
        ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC LIMIT 1) sk ON TRUE`,
    key: Prisma.sql`sk.ratio`,
    by: Prisma.sql`sk.ratio DESC NULLS LAST, e."name"`,
    outer: Prisma.sql`p.key DESC NULLS LAST, e."name"`,
  },
  downstream: {
    join: Prisma.sql`LEFT JOIN (SELECT r."fromId", COUNT(*) AS n FROM "Relation" r WHERE r."archivedAt" IS NULL GROUP BY r."fromId") sk ON sk."fromId" = e."id"`,
    key: Prisma.sql`COALESCE(sk.n, 0)`,
    by: Prisma.sql`COALESCE(sk.n, 0) DESC, e."name"`,
    outer: Prisma.sql`p.key DESC, e."name"`,
  },
};

interface Row {
  id: string;
  kind: EntityKind;
  name: string;
  title: string;
  lifecycle: Lifecycle;
  teamSlug: string | null;
  teamName: string | null;
  debtWeight: number | null;
  totalWeight: number | null;
  answeredCount: number | null;
  applicableCount: number | null;
  principalDays: number | null;
  submittedAt: Date | null;
  upstream: number;
  downstream: number;
  primary: string | null;
  secondary: string | null;
}

export async function listEntities(options: ListEntitiesOptions): Promise<EntityPage> {
  const whereSql = catalogFilterSql({
    kind: options.kind,
    q: options.q,
    team: options.team,
    lifecycle: options.lifecycle,
    detail: options.detail,
  });
  const offset = (options.page - 1) * options.pageSize;

  const order = ORDER[options.sort ?? "name"];
  const [rows, counts] = await Promise.all([
    db().$queryRaw<Row[]>(Prisma.sql`
      WITH page AS (
        SELECT e."id", ${order.key} AS key
        FROM "Entity" e LEFT JOIN "Team" t ON t."id" = e."teamId" ${order.join}
        WHERE ${whereSql}
        ORDER BY ${order.by}
        LIMIT ${options.pageSize} OFFSET ${offset}
      )
      SELECT e."id", e."kind", e."name", e."title", e."lifecycle",
        t."slug" AS "teamSlug", t."name" AS "teamName",
        l."debtWeight", l."totalWeight", l."answeredCount", l."applicableCount", l."principalDays", l."submittedAt",
        (SELECT COUNT(*)::int FROM "Relation" r WHERE r."toId" = e."id" AND r."archivedAt" IS NULL) AS "upstream",
        (SELECT COUNT(*)::int FROM "Relation" r WHERE r."fromId" = e."id" AND r."archivedAt" IS NULL) AS "downstream",
        CASE e."kind"
          WHEN 'MODEL' THEN NULLIF(m."framework", '')
          WHEN 'FEATURE' THEN f."dataType"::text
          WHEN 'DATA_SOURCE' THEN NULLIF(ds."system", '')
          ELSE c."consumerType"::text END AS "primary",
        CASE e."kind"
          WHEN 'MODEL' THEN m."servingMode"::text
          WHEN 'FEATURE' THEN CASE WHEN f."nullable" THEN 'nullable' END
          WHEN 'DATA_SOURCE' THEN CASE WHEN ds."versioned" THEN 'versioned' ELSE 'unversioned' END
          ELSE CASE WHEN c."declared" THEN 'declared' ELSE 'undeclared' END END AS "secondary"
      FROM page p
      JOIN "Entity" e ON e."id" = p."id"
      LEFT JOIN "Team" t ON t."id" = e."teamId"
      LEFT JOIN "Model" m ON m."entityId" = e."id"
      LEFT JOIN "Feature" f ON f."entityId" = e."id"
      LEFT JOIN "DataSource" ds ON ds."entityId" = e."id"
      LEFT JOIN "Consumer" c ON c."entityId" = e."id"
      LEFT JOIN LATERAL (
        SELECT a."debtWeight", a."totalWeight", a."answeredCount", a."applicableCount", a."principalDays", a."submittedAt"
        FROM "Assessment" a
        WHERE a."entityId" = e."id" AND a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
        ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
        LIMIT 1
      ) l ON TRUE
      ORDER BY ${order.outer}`),
    db().$queryRaw<{ total: number }[]>(Prisma.sql`
      SELECT COUNT(*)::int AS total
      FROM "Entity" e LEFT JOIN "Team" t ON t."id" = e."teamId"
      WHERE ${whereSql}`),
  ]);

  return {
    total: counts[0]?.total ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      title: r.title,
      lifecycle: r.lifecycle,
      team: r.teamSlug && r.teamName ? { slug: r.teamSlug, name: r.teamName } : null,
      sums: sumsOrNull(r),
      lastAssessedAt: r.submittedAt,
      upstream: r.upstream,
      downstream: r.downstream,
      detail: { primary: r.primary, secondary: r.secondary },
    })),
  };
}
