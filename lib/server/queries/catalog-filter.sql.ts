// Shared SQL: the catalogue's WHERE clause (active entities, name/title search, team), so the
// page rows, their total and the per-kind tab counts always agree. Expects "Entity" e and a
// LEFT JOIN of "Team" t.
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";

export interface CatalogFilter {
  kind?: EntityKind;
  /** Substring of the name or title, case-insensitive; "" = all. */
  q?: string;
  /** Team slug; "none" = entities no team owns; "" = every team. */
  team?: string;
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
  return Prisma.join(where, " AND ");
}
