// The organisation's or a team's pooled score now and as it stood 30 and 90 days ago, for the
// "change" line of the headline cards. Each past figure is worked out exactly as of that moment
// from the assessments, with the snapshots' rules (each entity's latest submitted DEBT
// assessment before the moment, entities archived by then left out, an entity counted for the
// team that owns it today), in one statement for the three moments, starting from the current
// scores (CurrentScore) and looking back only for entities re-assessed since. Reading the nearest
// ScoreSnapshot instead would compare against a month end up to a month older than "30 days ago"
// (the seeds keep monthly rows).
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";

export const CHANGE_WINDOWS = [30, 90] as const;
export type ChangeWindow = (typeof CHANGE_WINDOWS)[number];

export interface ScoreChange {
  now: ScoreSums;
  /** Sums as they stood `days` days ago; assessedCount 0 means nothing was assessed then. */
  ago: Record<ChangeWindow, { at: Date; sums: ScoreSums; assessedCount: number }>;
  assessedCount: number;
}

export interface GetScoreChangeOptions {
  /** Omitted = the organisation (orphans included). */
  teamId?: string;
  now?: Date;
}

interface Row extends ScoreSums {
  label: string;
  assessedCount: number;
}

const DAY_MS = 86_400_000;

export async function getScoreChange(options: GetScoreChangeOptions = {}): Promise<ScoreChange> {
  const now = options.now ?? new Date();
  const moments = [
    { label: "now", at: now },
    ...CHANGE_WINDOWS.map((d) => ({ label: String(d), at: new Date(now.getTime() - d * DAY_MS) })),
  ];
  const team = options.teamId ? Prisma.sql`AND e."teamId" = ${options.teamId}` : Prisma.empty;
  // Each entity's assessment as of each moment: its current one (CurrentScore) when that was
  // submitted by then; otherwise (it was re-assessed since) the latest submitted by then, looked
  // up by index for those entities only. So the work grows with what changed in the last 90
  // days, not with the whole history.
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH moments AS (
      SELECT * FROM unnest(${moments.map((m) => m.label)}::text[], ${moments.map((m) => m.at)}::timestamptz[]) AS m(label, at)
    ),
    current AS MATERIALIZED (
      SELECT s."entityId", s."submittedAt", s."debtWeight", s."totalWeight", s."answeredCount", s."applicableCount",
        s."principalDays", e."archivedAt"
      FROM "CurrentScore" s JOIN "Entity" e ON e."id" = s."entityId" ${team}
    ),
    latest AS (
      SELECT m.label, x.*
      FROM moments m
      JOIN current c ON c."archivedAt" IS NULL OR c."archivedAt" > m.at
      CROSS JOIN LATERAL (
        SELECT c."debtWeight", c."totalWeight", c."answeredCount", c."applicableCount", c."principalDays"
        WHERE c."submittedAt" <= m.at
        UNION ALL
        (SELECT a."debtWeight", a."totalWeight", a."answeredCount", a."applicableCount", a."principalDays"
          FROM "Assessment" a
          WHERE c."submittedAt" > m.at AND a."entityId" = c."entityId" AND a."rubric" = 'DEBT'
            AND a."status" = 'SUBMITTED' AND a."submittedAt" <= m.at
          ORDER BY a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
          LIMIT 1)
      ) x
    )
    SELECT m.label,
      COALESCE(SUM(l."debtWeight"), 0)::float8 AS "debtWeight",
      COALESCE(SUM(l."totalWeight"), 0)::float8 AS "totalWeight",
      COALESCE(SUM(l."answeredCount"), 0)::int AS "answeredCount",
      COALESCE(SUM(l."applicableCount"), 0)::int AS "applicableCount",
      COALESCE(SUM(l."principalDays"), 0)::float8 AS "principalDays",
      COUNT(l.label)::int AS "assessedCount"
    FROM moments m LEFT JOIN latest l ON l.label = m.label
    GROUP BY m.label`);
  const byLabel = new Map(rows.map(({ label, assessedCount, ...sums }) => [label, { sums, assessedCount }]));
  const get = (label: string) => {
    const r = byLabel.get(label);
    if (!r) throw new Error(`getScoreChange: no row for ${label}`);
    return r;
  };
  const current = get("now");
  const ago = Object.fromEntries(
    CHANGE_WINDOWS.map((d, i) => [d, { at: moments[i + 1]?.at ?? now, ...get(String(d)) }]),
  ) as ScoreChange["ago"];
  return { now: current.sums, assessedCount: current.assessedCount, ago };
}
