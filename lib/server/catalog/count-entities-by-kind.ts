// Entity counts per kind under the catalogue's name and team filters, for the kind tabs.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ENTITY_KINDS, type EntityKind } from "@/lib/domain/kinds";
import { catalogFilterSql } from "@/lib/server/catalog/catalog-filter.sql";

export interface CountEntitiesByKindOptions {
  q?: string;
  /** Team slug; "none" = unowned; "" = every team. */
  team?: string;
  lifecycle?: string;
}

export async function countEntitiesByKind(options: CountEntitiesByKindOptions): Promise<Record<EntityKind, number>> {
  const rows = await db().$queryRaw<{ kind: EntityKind; n: number }[]>(Prisma.sql`
    SELECT e."kind", COUNT(*)::int AS n
    FROM "Entity" e LEFT JOIN "Team" t ON t."id" = e."teamId"
    WHERE ${catalogFilterSql({ q: options.q, team: options.team, lifecycle: options.lifecycle })}
    GROUP BY e."kind"`);
  const counts = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}
