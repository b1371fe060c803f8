// Writes ORG and TEAM ScoreSnapshot rows for the given days, so trend charts read a handful of
// indexed rows instead of replaying every answer. For each day the subject set is the latest
// submitted DEBT assessment of every entity not yet archived by the end of that day; sums are
// pooled (numerators and denominators added), never ratios averaged (docs/scoring.md).
//
// An entity counts for the team that owns it today (ownership has no history), and orphans
// count for the organisation only.
//
// The all-categories rows (categoryId null) pool the sums frozen on each assessment at submit
// time. Per-category rows re-derive the same sums from the answers, counting an applicable item
// left unanswered the way sumAnswers does: every item of the rubric that applied to the entity's
// kind and was live when the assessment was submitted.
import type { Db, Tx } from "@/lib/server/db/client";
import { PER_ASSESSMENT_CATEGORY_SUMS } from "./category-sums.sql";
import { snapshotDays } from "./snapshot-days";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";

export interface RecordScoreSnapshotsOptions {
  /** Days to (re)compute, as UTC calendar days; existing ORG/TEAM rows for them are replaced. */
  on: Date | readonly Date[];
}

export interface RecordScoreSnapshotsResult {
  days: string[];
  rows: number;
}

export async function recordScoreSnapshots(
  db: Db,
  options: RecordScoreSnapshotsOptions,
): Promise<RecordScoreSnapshotsResult> {
  return db.$transaction((tx) => recordScoreSnapshotsIn(tx, options), { timeout: 600_000, maxWait: 60_000 });
}

/** The same inside a transaction the caller already holds (the seeds write everything in one). */
export async function recordScoreSnapshotsIn(
  db: Tx,
  options: RecordScoreSnapshotsOptions,
): Promise<RecordScoreSnapshotsResult> {
  const days = snapshotDays(options.on);
  if (days.length === 0) return { days, rows: 0 };
  // Two writers replacing the same days would otherwise both delete, then both insert.
  await lockForTransaction(db, "scoreSnapshots");
  // The aggregation's cost estimate triggers JIT compilation, which costs more than it saves.
  await db.$executeRaw`SET LOCAL jit = off`;
  await db.$executeRaw`
    DELETE FROM "ScoreSnapshot"
    WHERE "scope" IN ('ORG', 'TEAM') AND "takenOn" = ANY(${days}::text[]::date[])`;
  const rows = await db.$executeRaw`
      WITH days AS (
        SELECT d::date AS day, ((d::date + 1)::timestamp AT TIME ZONE 'UTC') AS cutoff
        FROM unnest(${days}::text[]) AS d
      ),
      latest AS MATERIALIZED (
        SELECT DISTINCT ON (days.day, a."entityId")
          days.day, a.id, e."teamId", e.kind, a."submittedAt", a."debtWeight", a."totalWeight",
          a."answeredCount", a."applicableCount", a."principalDays"
        FROM days
        JOIN "Assessment" a
          ON a.rubric = 'DEBT' AND a.status = 'SUBMITTED' AND a."submittedAt" < days.cutoff
        JOIN "Entity" e
          ON e.id = a."entityId" AND (e."archivedAt" IS NULL OR e."archivedAt" >= days.cutoff)
        ORDER BY days.day, a."entityId", a."submittedAt" DESC, a."submittedSeq" DESC
      ),
      -- Per-assessment category sums are computed once, however many days an assessment stays
      -- the latest one.
      chosen AS MATERIALIZED (
        SELECT DISTINCT id, kind, "submittedAt" FROM latest
      ),
      ${PER_ASSESSMENT_CATEGORY_SUMS},
      -- Everything is summed per (day, team) once; the organisation adds up those team sums
      -- (orphans form the group whose team is null), so no large set is aggregated twice.
      team_pooled AS MATERIALIZED (
        SELECT day, "teamId", sum("debtWeight") AS dw, sum("totalWeight") AS tw,
          sum("answeredCount") AS ac, sum("applicableCount") AS apc, sum("principalDays") AS pd,
          count(*) AS n
        FROM latest GROUP BY day, "teamId"
      ),
      team_by_category AS MATERIALIZED (
        SELECT l.day, l."teamId", p."categoryId", sum(p."debtWeight") AS dw, sum(p."totalWeight") AS tw,
          sum(p."answeredCount") AS ac, sum(p."applicableCount") AS apc, sum(p."principalDays") AS pd,
          count(*) FILTER (WHERE p."applicableCount" > 0) AS n
        FROM latest l JOIN per_assessment p ON p.aid = l.id
        GROUP BY l.day, l."teamId", p."categoryId"
      ),
      teams AS (
        SELECT days.day, t.id AS "teamId"
        FROM days JOIN "Team" t
          ON t."createdAt" < days.cutoff AND (t."archivedAt" IS NULL OR t."archivedAt" >= days.cutoff)
      ),
      categories AS (SELECT id FROM "DebtCategory" WHERE rubric = 'DEBT'),
      org_all AS (
        SELECT days.day, NULL::text AS "categoryId",
          COALESCE(sum(s.dw), 0) AS dw, COALESCE(sum(s.tw), 0) AS tw, COALESCE(sum(s.ac), 0) AS ac,
          COALESCE(sum(s.apc), 0) AS apc, COALESCE(sum(s.pd), 0) AS pd, COALESCE(sum(s.n), 0) AS n
        FROM days LEFT JOIN team_pooled s ON s.day = days.day
        GROUP BY days.day
      ),
      org_category AS (
        SELECT days.day, c.id AS "categoryId",
          COALESCE(sum(s.dw), 0) AS dw, COALESCE(sum(s.tw), 0) AS tw, COALESCE(sum(s.ac), 0) AS ac,
          COALESCE(sum(s.apc), 0) AS apc, COALESCE(sum(s.pd), 0) AS pd, COALESCE(sum(s.n), 0) AS n
        FROM days CROSS JOIN categories c
        LEFT JOIN team_by_category s ON s.day = days.day AND s."categoryId" = c.id
        GROUP BY days.day, c.id
      ),
      team_all AS (
        SELECT t.day, t."teamId", NULL::text AS "categoryId",
          COALESCE(s.dw, 0) AS dw, COALESCE(s.tw, 0) AS tw, COALESCE(s.ac, 0) AS ac,
          COALESCE(s.apc, 0) AS apc, COALESCE(s.pd, 0) AS pd, COALESCE(s.n, 0) AS n
        FROM teams t LEFT JOIN team_pooled s ON s.day = t.day AND s."teamId" = t."teamId"
      ),
      team_category AS (
        SELECT t.day, t."teamId", c.id AS "categoryId",
          COALESCE(s.dw, 0) AS dw, COALESCE(s.tw, 0) AS tw, COALESCE(s.ac, 0) AS ac,
          COALESCE(s.apc, 0) AS apc, COALESCE(s.pd, 0) AS pd, COALESCE(s.n, 0) AS n
        FROM teams t CROSS JOIN categories c
        LEFT JOIN team_by_category s ON s.day = t.day AND s."teamId" = t."teamId" AND s."categoryId" = c.id
      ),
      all_rows AS (
        SELECT 'ORG' AS scope, day, NULL::text AS "teamId", "categoryId", dw, tw, ac, apc, pd, n FROM org_all
        UNION ALL SELECT 'ORG', day, NULL, "categoryId", dw, tw, ac, apc, pd, n FROM org_category
        UNION ALL SELECT 'TEAM', day, "teamId", "categoryId", dw, tw, ac, apc, pd, n FROM team_all
        UNION ALL SELECT 'TEAM', day, "teamId", "categoryId", dw, tw, ac, apc, pd, n FROM team_category
      )
      INSERT INTO "ScoreSnapshot" (
        id, scope, "teamId", "entityId", "categoryId", "takenOn", "debtWeight", "totalWeight",
        "answeredCount", "applicableCount", "principalDays", "entityCount"
      )
      SELECT gen_random_uuid()::text, scope::"SnapshotScope", "teamId", NULL, "categoryId", day,
        dw, tw, ac, apc, pd, n
      FROM all_rows`;
  return { days, rows };
}
