// Shared SQL: the catalogue's WHERE clause (active entities, name/title search, team), so the
// page rows, their total and the per-kind tab counts always agree. Expects "Entity" e and a
// LEFT JOIN of "Team" t.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";

export interface CatalogFilter {
  kind?: EntityKind;
  /** Substring of the name or title, case-insensitive; "" = all. */
  q?: string;
  /** Team slug; "none" = entities no team owns; "" = every team. */
  team?: string;
  /** "" = every lifecycle. */
  lifecycle?: string;
  /** The kind's own filter value (DETAIL_FILTERS); needs `kind`. */
  detail?: string;
}

/** EXISTS on the kind's one-to-one row: the primary key lookup keeps it cheap at any size. */
function detailSql(kind: EntityKind, detail: string): Prisma.Sql | null {
  if (kind === "MODEL")
    return Prisma.sql`EXISTS (SELECT 1 FROM "Model" x WHERE x."entityId" = e."id" AND x."servingMode"::text = ${detail})`;
  if (kind === "FEATURE")
    return Prisma.sql`EXISTS (SELECT 1 FROM "Feature" x WHERE x."entityId" = e."id" AND x."dataType"::text = ${detail})`;
  if (kind === "DATA_SOURCE")
    return Prisma.sql`EXISTS (SELECT 1 FROM "DataSource" x WHERE x."entityId" = e."id" AND x."versioned" = ${detail === "VERSIONED"})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Consumer" x WHERE x."entityId" = e."id" AND x."declared" = ${detail === "DECLARED"})`;
}

/** LIKE treats % and _ as wildcards; a search for "user_id" means the literal text. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function catalogFilterSql(filter: CatalogFilter): Prisma.Sql {
  const where = [Prisma.sql`e."archivedAt" IS NULL`];
  if (filter.kind) where.push(Prisma.sql`e."kind" = ${filter.kind}::"EntityKind"`);
  if (filter.q) {
    const p = likePattern(filter.q);
    where.push(Prisma.sql`(e."name" ILIKE ${p} OR e."title" ILIKE ${p})`);
  }
  if (filter.team === "none") where.push(Prisma.sql`e."teamId" IS NULL`);
  else if (filter.team) where.push(Prisma.sql`t."slug" = ${filter.team}`);
  if (filter.lifecycle) where.push(Prisma.sql`e."lifecycle"::text = ${filter.lifecycle}`);
  if (filter.kind && filter.detail) where.push(detailSql(filter.kind, filter.detail) ?? Prisma.sql`TRUE`);
  return Prisma.join(where, " AND ");
}
