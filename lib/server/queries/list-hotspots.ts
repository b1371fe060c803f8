// Preliminary hotspots: active entities ranked by debt ratio × impact, where impact is
// 1 + the number of active downstream relations. The dashboards issue defines the real score;
// this ranking exists so the page shows something honest until then.
import { db } from "@/lib/server/db/client";
import { Prisma, type Lifecycle } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { LATEST_DEBT_ASSESSMENT_CTE } from "./latest-debt-assessment.sql";

export interface ListHotspotsOptions {
  teamId?: string;
  limit?: number;
}

export interface HotspotRow {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  team: { slug: string; name: string } | null;
  sums: ScoreSums;
  ratio: number;
  downstream: number;
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
  impact: number;
  score: number;
}

export async function listHotspots(options: ListHotspotsOptions = {}): Promise<HotspotRow[]> {
  const limit = options.limit ?? 50;
  const team = options.teamId ? Prisma.sql`AND e."teamId" = ${options.teamId}` : Prisma.empty;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE},
    fanout AS (
      SELECT r."fromId" AS id, COUNT(*)::int AS n
      FROM "Relation" r JOIN "Entity" d ON d."id" = r."toId"
      WHERE r."archivedAt" IS NULL AND d."archivedAt" IS NULL
      GROUP BY r."fromId"
    ),
    scored AS (
      SELECT e."id", e."kind", e."name", e."lifecycle", t."slug" AS "teamSlug", t."name" AS "teamName",
        l."debtWeight"::float8 AS "debtWeight", l."totalWeight"::float8 AS "totalWeight",
        l."answeredCount"::int AS "answeredCount", l."applicableCount"::int AS "applicableCount",
        l."principalDays"::float8 AS "principalDays",
        (l."debtWeight" / l."totalWeight")::float8 AS ratio,
        COALESCE(f.n, 0)::int AS downstream,
        (1 + COALESCE(f.n, 0))::int AS impact
      FROM latest l
      JOIN "Entity" e ON e."id" = l."entityId"
      LEFT JOIN "Team" t ON t."id" = e."teamId"
      LEFT JOIN fanout f ON f.id = e."id"
      WHERE e."archivedAt" IS NULL AND l."totalWeight" > 0 ${team}
    )
    SELECT *, (ratio * impact)::float8 AS score
    FROM scored
    WHERE ratio > 0
    ORDER BY score DESC, "principalDays" DESC, "name"
    LIMIT ${limit}`);
  return rows.map((r) => ({
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
    impact: r.impact,
    score: r.score,
  }));
}
