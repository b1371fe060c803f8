// An entity's lineage neighbours: upstream (edges into it) and downstream (edges out of it),
// data-flow direction, each neighbour with its owner team and latest debt score. One statement.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma, type RelationKind, type RelationOrigin } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface ListEntityRelationsOptions {
  entityId: string;
  /** Cap per direction; a popular source can feed thousands of features. */
  limit?: number;
}

export interface RelatedEntity {
  relationId: string;
  relationKind: RelationKind;
  origin: RelationOrigin;
  entity: { kind: EntityKind; name: string; archived: boolean; team: { slug: string; name: string } | null };
  sums: ScoreSums | null;
}

export interface EntityRelations {
  upstream: RelatedEntity[];
  downstream: RelatedEntity[];
  upstreamTotal: number;
  downstreamTotal: number;
}

interface Row {
  direction: "up" | "down";
  relationId: string;
  relationKind: RelationKind;
  origin: RelationOrigin;
  kind: EntityKind;
  name: string;
  archived: boolean;
  teamSlug: string | null;
  teamName: string | null;
  debtWeight: number | null;
  totalWeight: number | null;
  answeredCount: number | null;
  applicableCount: number | null;
  principalDays: number | null;
  total: number;
  rank: number;
}

export async function listEntityRelations(options: ListEntityRelationsOptions): Promise<EntityRelations> {
  const limit = options.limit ?? 50;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH edges AS (
      SELECT CASE WHEN r."toId" = ${options.entityId} THEN 'up' ELSE 'down' END AS direction,
        r."id" AS "relationId", r."kind" AS "relationKind", r."origin",
        CASE WHEN r."toId" = ${options.entityId} THEN r."fromId" ELSE r."toId" END AS "otherId"
      FROM "Relation" r
      WHERE r."archivedAt" IS NULL AND (r."toId" = ${options.entityId} OR r."fromId" = ${options.entityId})
    ),
    numbered AS (
      SELECT ed.*, o."kind", o."name", (o."archivedAt" IS NOT NULL) AS archived,
        t."slug" AS "teamSlug", t."name" AS "teamName",
        (COUNT(*) OVER (PARTITION BY ed.direction))::int AS total,
        (ROW_NUMBER() OVER (PARTITION BY ed.direction ORDER BY o."kind", o."name"))::int AS rank
      FROM edges ed
      JOIN "Entity" o ON o."id" = ed."otherId"
      LEFT JOIN "Team" t ON t."id" = o."teamId"
    )
    SELECT n.*, l."debtWeight", l."totalWeight", l."answeredCount", l."applicableCount", l."principalDays"
    FROM numbered n
    LEFT JOIN LATERAL (
      SELECT a."debtWeight", a."totalWeight", a."answeredCount", a."applicableCount", a."principalDays"
      FROM "Assessment" a
      WHERE a."entityId" = n."otherId" AND a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED'
      ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
      LIMIT 1
    ) l ON TRUE
    WHERE n.rank <= ${limit}
    ORDER BY n.direction, n.rank`);

  const result: EntityRelations = { upstream: [], downstream: [], upstreamTotal: 0, downstreamTotal: 0 };
  for (const r of rows) {
    const item: RelatedEntity = {
      relationId: r.relationId,
      relationKind: r.relationKind,
      origin: r.origin,
      entity: {
        kind: r.kind,
        name: r.name,
        archived: r.archived,
        team: r.teamSlug && r.teamName ? { slug: r.teamSlug, name: r.teamName } : null,
      },
      sums: sumsOrNull(r),
    };
    if (r.direction === "up") {
      result.upstream.push(item);
      result.upstreamTotal = r.total;
    } else {
      result.downstream.push(item);
      result.downstreamTotal = r.total;
    }
  }
  return result;
}
