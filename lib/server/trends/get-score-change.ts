// The organisation's or a team's pooled score now and as it stood 30 and 90 days ago, for the
// "change" line of the headline cards. Each past figure is exact as of that moment, with the
// snapshots' rules: each entity's latest submitted DEBT assessment submitted by then (highest
// submittedSeq), entities archived by then left out, an entity counted for the team that owns it
// today. Reading the nearest ScoreSnapshot instead would compare against a month end up to a
// month older than "30 days ago" (the seeds keep monthly rows).
//
// How, without looking up each re-assessed entity's history (docs/scoring.md §8):
// every submitted assessment stores the sums of the one it superseded (prev*, see
// lib/server/scoring/previous-sums.sql.ts). An entity's assessments submitted after a moment T
// are, as a rule, the tail of its sequence, B → … → current; its assessment at T is then B's
// predecessor, and the sum over the tail of (predecessor's sums − own sums) telescopes to
// (assessment at T − current). So a moment's figure is the pooled current score (PooledScore)
// plus that sum over one index range of the assessments submitted since (covering index, no heap
// visits), plus the current scores of entities archived since; assessments of entities archived
// by T are left out. Work grows with what was submitted in the window, not with the entities.
//
// The rule needs each entity's post-T assessments to form one tail ending at its current one,
// which holds unless seq order and submittedAt order disagree (a clock step between instances, a
// hand-written row). The same statement checks it: a tail has exactly one row whose predecessor
// is at or before T, so the rows like that must number exactly the entities whose current
// assessment is after T. When they do not, the exact statement below (each entity's latest
// assessment at T by index lookup, as the definition reads) answers instead.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { pooledKey } from "@/lib/server/scoring/sync-current-scores";
import { cachedByScoresVersion, currentMinute } from "@/lib/server/dashboards/cached-by-scores-version";

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

export interface Moment {
  label: string;
  at: Date;
}

export interface MomentSums extends ScoreSums {
  label: string;
  assessedCount: number;
}

interface FastRow extends MomentSums {
  tails: number;
  changed: number;
}

const DAY_MS = 86_400_000;

/** Σ (predecessor − own) over assessments `a`, and the change in how many are counted. */
const TAIL_SUMS = Prisma.sql`
  COALESCE(SUM(COALESCE(a."prevDebtWeight", 0) - COALESCE(a."debtWeight", 0)), 0) AS "debtWeight",
  COALESCE(SUM(COALESCE(a."prevTotalWeight", 0) - COALESCE(a."totalWeight", 0)), 0) AS "totalWeight",
  COALESCE(SUM(COALESCE(a."prevAnsweredCount", 0) - COALESCE(a."answeredCount", 0)), 0) AS "answeredCount",
  COALESCE(SUM(COALESCE(a."prevApplicableCount", 0) - COALESCE(a."applicableCount", 0)), 0) AS "applicableCount",
  COALESCE(SUM(COALESCE(a."prevPrincipalDays", 0) - COALESCE(a."principalDays", 0)), 0) AS "principalDays",
  COALESCE(SUM((a."prevSubmittedAt" IS NOT NULL)::int - 1), 0) AS "assessedCount"`;

export async function getScoreChange(options: GetScoreChangeOptions = {}): Promise<ScoreChange> {
  const now = options.now ?? new Date();
  const moments: Moment[] = [
    { label: "now", at: now },
    ...CHANGE_WINDOWS.map((d) => ({ label: String(d), at: new Date(now.getTime() - d * DAY_MS) })),
  ];
  const rows = (await sumsFromTails(moments, options.teamId)) ?? (await sumsByLookup(moments, options.teamId));
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

/**
 * The change as of the current minute, for pages: computed once per minute and version of the
 * current-state tables in this process (cached-by-scores-version.ts), not on every request.
 */
export function getScoreChangeThisMinute(teamId?: string): Promise<ScoreChange> {
  const now = currentMinute();
  return cachedByScoresVersion(`change|${teamId ?? "org"}|${now.toISOString()}`, () => getScoreChange({ teamId, now }));
}

const momentsCte = (moments: readonly Moment[]) => Prisma.sql`
  moments AS (
    SELECT * FROM unnest(${moments.map((m) => m.label)}::text[], ${moments.map((m) => m.at)}::timestamptz[]) AS m(label, at)
  )`;

/**
 * The figures from the pooled current score and the tails since each moment; null when some
 * entity's assessments since a moment are not one tail (then only sumsByLookup is exact).
 * Exported for the tests, which compare it with sumsByLookup.
 */
export async function sumsFromTails(moments: readonly Moment[], teamId?: string): Promise<MomentSums[] | null> {
  // The assessments since T of the scope's entities: for a team, found through its current
  // scores (an index range on teamId); for the organisation, every one.
  const scope = teamId
    ? Prisma.sql`JOIN "CurrentScore" s ON s."entityId" = a."entityId" AND s."teamId" = ${teamId}`
    : Prisma.empty;
  const inScope = teamId ? Prisma.sql`AND s."teamId" = ${teamId}` : Prisma.empty;
  const earliest = new Date(Math.min(...moments.map((m) => m.at.getTime())));
  const since = (at: Date) => Prisma.sql`a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED' AND a."submittedAt" > ${at}`;
  // One SELECT per moment with its time as a parameter, so the planner sizes each range. t sums
  // (predecessor − own) over the scope's assessments since T (one covering-index range) and
  // counts those starting a tail (predecessor at or before T, or none); g is the same sum for
  // entities archived by T, which count for nothing then; x adds the entities archived since T.
  const perMoment = ({ label, at }: Moment) => Prisma.sql`
    SELECT ${label}::text AS label,
      (COALESCE(p."debtWeight", 0) + t."debtWeight" - g."debtWeight" + x."debtWeight")::float8 AS "debtWeight",
      (COALESCE(p."totalWeight", 0) + t."totalWeight" - g."totalWeight" + x."totalWeight")::float8 AS "totalWeight",
      (COALESCE(p."answeredCount", 0) + t."answeredCount" - g."answeredCount" + x."answeredCount")::int AS "answeredCount",
      (COALESCE(p."applicableCount", 0) + t."applicableCount" - g."applicableCount" + x."applicableCount")::int
        AS "applicableCount",
      (COALESCE(p."principalDays", 0) + t."principalDays" - g."principalDays" + x."principalDays")::float8 AS "principalDays",
      (COALESCE(p."assessedCount", 0) + t."assessedCount" - g."assessedCount" + x."assessedCount")::int AS "assessedCount",
      t.tails::int AS tails, c.changed::int AS changed
    FROM (
      SELECT ${TAIL_SUMS}, COUNT(*) FILTER (WHERE a."prevSubmittedAt" IS NULL OR a."prevSubmittedAt" <= ${at}) AS tails
      FROM "Assessment" a ${scope}
      WHERE ${since(at)}
    ) t
    CROSS JOIN (
      SELECT ${TAIL_SUMS}
      FROM archived r JOIN "Assessment" a ON a."entityId" = r."entityId" AND ${since(at)}
      WHERE r."archivedAt" <= ${at}
    ) g
    CROSS JOIN (
      SELECT COALESCE(SUM(r."debtWeight"), 0) AS "debtWeight", COALESCE(SUM(r."totalWeight"), 0) AS "totalWeight",
        COALESCE(SUM(r."answeredCount"), 0) AS "answeredCount", COALESCE(SUM(r."applicableCount"), 0) AS "applicableCount",
        COALESCE(SUM(r."principalDays"), 0) AS "principalDays", COUNT(*) AS "assessedCount"
      FROM archived r WHERE r."archivedAt" > ${at}
    ) x
    CROSS JOIN (
      -- Entities whose current assessment is after T: each must have exactly one tail.
      SELECT COUNT(*) AS changed FROM "CurrentScore" s
      WHERE s."active" IN (TRUE, FALSE) AND s."submittedAt" > ${at} ${inScope}
    ) c
    LEFT JOIN pooled p ON TRUE`;
  const rows = await db().$queryRaw<FastRow[]>(Prisma.sql`
    WITH pooled AS (SELECT * FROM "PooledScore" WHERE "key" = ${pooledKey(teamId ?? null, null)}),
    -- Entities not pooled now (archived) that matter at some moment: archived since the earliest,
    -- or re-assessed since (then their assessments since T are left out where archived by T).
    -- Others have no assessment since the earliest moment, or the tails check fails anyway.
    archived AS MATERIALIZED (
      SELECT s."entityId", (SELECT e."archivedAt" FROM "Entity" e WHERE e."id" = s."entityId") AS "archivedAt",
        s."debtWeight", s."totalWeight", s."answeredCount", s."applicableCount", s."principalDays"
      FROM "CurrentScore" s
      WHERE NOT s."active" AND s."submittedAt" > ${earliest} ${inScope}
      UNION
      SELECT s."entityId", e."archivedAt", s."debtWeight", s."totalWeight", s."answeredCount", s."applicableCount",
        s."principalDays"
      FROM "Entity" e JOIN "CurrentScore" s ON s."entityId" = e."id"
      WHERE e."archivedAt" > ${earliest} AND NOT s."active" ${inScope}
    )
    ${Prisma.join(moments.map(perMoment), " UNION ALL ")}`);
  if (rows.some((r) => r.tails !== r.changed)) return null;
  return rows.map((r) => ({
    label: r.label,
    assessedCount: r.assessedCount,
    debtWeight: r.debtWeight,
    totalWeight: r.totalWeight,
    answeredCount: r.answeredCount,
    applicableCount: r.applicableCount,
    principalDays: r.principalDays,
  }));
}

/**
 * The definition, read literally: each entity's assessment at each moment is its current one
 * (CurrentScore) when that was submitted by then, else the latest submitted by then, looked up by
 * index for each entity re-assessed since. Exact for any history; exported for the tests.
 */
export async function sumsByLookup(moments: readonly Moment[], teamId?: string): Promise<MomentSums[]> {
  const team = teamId ? Prisma.sql`AND e."teamId" = ${teamId}` : Prisma.empty;
  return db().$queryRaw<MomentSums[]>(Prisma.sql`
    WITH ${momentsCte(moments)},
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
}
