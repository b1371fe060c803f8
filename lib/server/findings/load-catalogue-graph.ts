// The catalogue graph as plain data for lib/domain/graph: three set-based reads (entities,
// live relations, usage inside the undeclared-consumer window, summed per model, caller,
// consumer and day), whatever the catalogue's size.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db/client";
import type { GraphEntity, GraphRelation, UsageAggregate } from "@/lib/domain/graph";
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";

const DAY_MS = 86_400_000;

export interface CatalogueSnapshot {
  entities: GraphEntity[];
  relations: GraphRelation[];
}

interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  teamId: string | null;
  lifecycle: Lifecycle;
  archived: boolean;
  versioned: boolean | null;
  declared: boolean | null;
}

export async function loadCatalogue(client: Db | Tx, now = new Date()): Promise<CatalogueSnapshot> {
  // Sequential: inside a transaction both would queue on the one connection anyway.
  const rows = await client.$queryRaw<EntityRow[]>(Prisma.sql`
      SELECT e."id", e."kind", e."name", e."teamId", e."lifecycle", e."archivedAt" IS NOT NULL AS "archived",
        ds."versioned", c."declared"
      FROM "Entity" e
      LEFT JOIN "DataSource" ds ON ds."entityId" = e."id"
      LEFT JOIN "Consumer" c ON c."entityId" = e."id"`);
  // Archived relations are history, not lineage. An observed link carries the last time it was
  // seen — its last usage event or lineage event (events dated later than now are not counted) —
  // so lineage can age it out.
  const relations = await client.$queryRaw<GraphRelation[]>(Prisma.sql`
    SELECT r."fromId", r."toId", r."kind", r."origin",
      CASE WHEN r."origin" = 'OBSERVED' THEN GREATEST(
        CASE WHEN r."kind" = 'CONSUMER_READS_MODEL' THEN (
          SELECT MAX(u."occurredAt") FROM "UsageEvent" u
          WHERE u."modelId" = r."fromId" AND u."consumerId" = r."toId" AND u."occurredAt" <= ${now}
        ) END,
        CASE WHEN r."lastSeenAt" <= ${now} THEN r."lastSeenAt" END
      ) END AS "lastUsedAt"
    FROM "Relation" r WHERE r."archivedAt" IS NULL`);
  const entities = rows.map(({ versioned, declared, ...e }): GraphEntity => ({
    ...e,
    ...(versioned === null ? {} : { versioned }),
    ...(declared === null ? {} : { declared }),
  }));
  return { entities, relations };
}

/**
 * Usage since `now - windowDays`, one row per (model, caller, consumer, day): a handful of rows
 * per caller instead of every event. The day's latest event stands for it, so "last seen" is exact.
 */
export async function loadUsage(client: Db | Tx, now: Date, windowDays: number): Promise<UsageAggregate[]> {
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  const rows = await client.$queryRaw<
    { modelId: string; callerName: string; consumerId: string | null; occurredAt: Date; count: number }[]
  >(Prisma.sql`
    SELECT u."modelId", u."callerName", u."consumerId", MAX(u."occurredAt") AS "occurredAt", SUM(u."count")::int AS "count"
    FROM "UsageEvent" u
    WHERE u."occurredAt" >= ${since} AND u."occurredAt" <= ${now} AND u."count" > 0
    GROUP BY u."modelId", u."callerName", u."consumerId", date_trunc('day', u."occurredAt" AT TIME ZONE 'UTC')`);
  return rows;
}
