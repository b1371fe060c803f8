// A team's most indebted entities of each kind (worst ratio first, unassessed last), capped per
// kind so a team with thousands of features still renders quickly; totals come with each row.
import { db } from "@/lib/server/db/client";
import { Prisma, type Lifecycle } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { LATEST_DEBT_ASSESSMENT_CTE, sumsOrNull } from "./latest-debt-assessment.sql";

export interface ListTeamEntitiesOptions {
  teamId: string;
  perKind?: number;
}

export interface TeamEntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  sums: ScoreSums | null;
  lastAssessedAt: Date | null;
}

export interface TeamEntities {
  rows: TeamEntityRow[];
  totals: Record<EntityKind, number>;
}

interface Row {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  debtWeight: number | null;
  totalWeight: number | null;
  answeredCount: number | null;
  applicableCount: number | null;
  principalDays: number | null;
  submittedAt: Date | null;
  kindTotal: number;
}

export async function listTeamEntities(options: ListTeamEntitiesOptions): Promise<TeamEntities> {
  const perKind = options.perKind ?? 8;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH ${LATEST_DEBT_ASSESSMENT_CTE},
    ranked AS (
      SELECT e."id", e."kind", e."name", e."lifecycle",
        l."debtWeight", l."totalWeight", l."answeredCount", l."applicableCount", l."principalDays", l."submittedAt",
        ROW_NUMBER() OVER (
          PARTITION BY e."kind"
          ORDER BY (l."debtWeight" / NULLIF(l."totalWeight", 0)) DESC NULLS LAST, l."principalDays" DESC NULLS LAST, e."name"
        ) AS rank,
        (COUNT(*) OVER (PARTITION BY e."kind"))::int AS "kindTotal"
      FROM "Entity" e
      LEFT JOIN latest l ON l."entityId" = e."id"
      WHERE e."teamId" = ${options.teamId} AND e."archivedAt" IS NULL
    )
    SELECT * FROM ranked WHERE rank <= ${perKind} ORDER BY "kind", rank`);
  const totals: Record<EntityKind, number> = { MODEL: 0, FEATURE: 0, DATA_SOURCE: 0, CONSUMER: 0 };
  for (const r of rows) totals[r.kind] = r.kindTotal;
  return {
    totals,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      lifecycle: r.lifecycle,
      lastAssessedAt: r.submittedAt,
      sums: sumsOrNull(r),
    })),
  };
}
