// Invariants that must hold after any fault, checked in SQL: nothing half-written.
//  - every SUBMITTED assessment has its seq, time and five frozen sums; the sums of those
//    submitted since `since` equal a recomputation from their answers (items that applied at
//    submit time, unanswered = applicable; docs/scoring.md);
//  - submittedSeq is unique and contiguous (1..n) per entity and rubric;
//  - every applied import (ImportRun) has its import.apply audit event (written in the same
//    transaction, so within seconds of it), and as many of them; every entity created since `since` has its audit event and
//    every entity.create event since then its entity;
//  - CurrentScore names each entity's latest submission and PooledScore's organisation row pools it.
import type pg from "pg";

const EPS = 1e-6;

export async function checkInvariants(client: pg.Client, since: Date): Promise<string[]> {
  const problems: string[] = [];
  const q = async <T extends object>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;

  const incomplete = await q<{ id: string }>(`
    SELECT id FROM "Assessment" WHERE status = 'SUBMITTED' AND ("submittedSeq" IS NULL OR "submittedAt" IS NULL OR "debtWeight" IS NULL
      OR "totalWeight" IS NULL OR "answeredCount" IS NULL OR "applicableCount" IS NULL OR "principalDays" IS NULL)`);
  if (incomplete.length)
    problems.push(`${incomplete.length} submitted assessment(s) without seq/time/sums, e.g. ${incomplete[0]?.id}`);

  const drafts = await q<{ id: string }>(
    `SELECT id FROM "Assessment" WHERE status = 'DRAFT' AND ("submittedSeq" IS NOT NULL OR "submittedAt" IS NOT NULL)`,
  );
  if (drafts.length) problems.push(`${drafts.length} draft(s) carrying a submittedSeq/submittedAt`);

  const gaps = await q<{ entityId: string; rubric: string; n: number; mx: number; distinct: number }>(`
    SELECT "entityId", rubric::text, count(*)::int AS n, max("submittedSeq")::int AS mx, count(DISTINCT "submittedSeq")::int AS distinct
    FROM "Assessment" WHERE status = 'SUBMITTED' GROUP BY "entityId", rubric
    HAVING count(*) <> max("submittedSeq") OR count(*) <> count(DISTINCT "submittedSeq") OR min("submittedSeq") <> 1`);
  if (gaps.length)
    problems.push(
      `${gaps.length} entity/rubric pair(s) whose submittedSeq is not 1..n, e.g. ${JSON.stringify(gaps[0])}`,
    );

  const sums = await q<{
    id: string;
    dw: number;
    tw: number;
    ac: number;
    apc: number;
    pd: number;
    sdw: number;
    stw: number;
    sac: number;
    sapc: number;
    spd: number;
  }>(
    `
    WITH chosen AS (
      SELECT a.id, a.rubric, e.kind, a."submittedAt", a."debtWeight" AS sdw, a."totalWeight" AS stw, a."answeredCount" AS sac,
             a."applicableCount" AS sapc, a."principalDays" AS spd
      FROM "Assessment" a JOIN "Entity" e ON e.id = a."entityId"
      WHERE a.status = 'SUBMITTED' AND a."submittedAt" >= $1
    ),
    expected AS (
      SELECT c.id AS aid, i.id AS "itemId" FROM chosen c
      JOIN "ChecklistItem" i ON c.kind = ANY(i."appliesTo") AND i."createdAt" <= c."submittedAt" AND (i."retiredAt" IS NULL OR i."retiredAt" > c."submittedAt")
      JOIN "DebtCategory" cat ON cat.id = i."categoryId" AND cat.rubric = c.rubric
    ),
    rows AS (
      SELECT ex.aid, i.weight::float8 AS weight, i."remediationDays"::float8 AS days, ans.value,
        CASE ans.value WHEN 'PASS' THEN 0::float8 WHEN 'PARTIAL' THEN 0.5::float8 WHEN 'FAIL' THEN 1::float8 END AS debt
      FROM expected ex JOIN "ChecklistItem" i ON i.id = ex."itemId"
      LEFT JOIN "Answer" ans ON ans."assessmentId" = ex.aid AND ans."itemId" = ex."itemId"
    ),
    recomputed AS (
      SELECT aid, COALESCE(sum(weight * debt), 0)::float8 AS dw, COALESCE(sum(weight) FILTER (WHERE debt IS NOT NULL), 0)::float8 AS tw,
        (count(*) FILTER (WHERE debt IS NOT NULL))::int AS ac, (count(*) FILTER (WHERE value IS DISTINCT FROM 'NA'))::int AS apc,
        COALESCE(sum(days * debt), 0)::float8 AS pd
      FROM rows GROUP BY aid
    )
    SELECT c.id, COALESCE(r.dw, 0) AS dw, COALESCE(r.tw, 0) AS tw, COALESCE(r.ac, 0) AS ac, COALESCE(r.apc, 0) AS apc, COALESCE(r.pd, 0) AS pd,
      c.sdw, c.stw, c.sac, c.sapc, c.spd
    FROM chosen c LEFT JOIN recomputed r ON r.aid = c.id`,
    [since],
  );
  const off = sums.filter(
    (r) =>
      Math.abs(r.dw - r.sdw) > EPS ||
      Math.abs(r.tw - r.stw) > EPS ||
      r.ac !== r.sac ||
      r.apc !== r.sapc ||
      Math.abs(r.pd - r.spd) > EPS,
  );
  if (off.length)
    problems.push(
      `${off.length} of ${sums.length} assessment(s) submitted in the run whose frozen sums differ from their answers, e.g. ${JSON.stringify(off[0])}`,
    );

  const stray = await q<{ answers: number }>(`
    SELECT count(*)::int AS answers FROM "Answer" ans LEFT JOIN "Assessment" a ON a.id = ans."assessmentId" WHERE a.id IS NULL`);
  if ((stray[0]?.answers ?? 0) > 0) problems.push(`${stray[0]?.answers} answer(s) without their assessment`);

  const imports = await q<{ runs: number; applied: number; unmatched: number }>(`
    SELECT (SELECT count(*) FROM "ImportRun" WHERE NOT "dryRun")::int AS runs,
           (SELECT count(*) FROM "AuditEvent" WHERE action = 'import.apply')::int AS applied,
           (SELECT count(*) FROM "ImportRun" r WHERE NOT r."dryRun" AND NOT EXISTS (
              SELECT 1 FROM "AuditEvent" ev WHERE ev.action = 'import.apply' AND abs(extract(epoch FROM ev."at" - r."createdAt")) < 5))::int AS unmatched`);
  const i = imports[0];
  if (i && (i.runs !== i.applied || i.unmatched > 0))
    problems.push(
      `imports: ${i.runs} applied ImportRun(s), ${i.applied} import.apply audit event(s), ${i.unmatched} run(s) without their event`,
    );

  const entities = await q<{ missing_event: number; missing_entity: number }>(
    `
    SELECT (SELECT count(*) FROM "Entity" e WHERE e."createdAt" >= $1
              AND NOT EXISTS (SELECT 1 FROM "AuditEvent" ev WHERE ev."targetId" = e.id))::int AS missing_event,
           (SELECT count(*) FROM "AuditEvent" ev WHERE ev.action = 'entity.create' AND ev."at" >= $1
              AND NOT EXISTS (SELECT 1 FROM "Entity" e WHERE e.id = ev."targetId"))::int AS missing_entity`,
    [since],
  );
  const e = entities[0];
  if (e && (e.missing_event > 0 || e.missing_entity > 0))
    problems.push(
      `entities since the run started: ${e.missing_event} without an audit event, ${e.missing_entity} entity.create event(s) without their entity`,
    );
  // The current-state tables (sync-current-scores.ts) are written in the same transactions as
  // the changes: after any fault they still name each entity's latest submission, with its
  // team and active flag, and the organisation's pool is the sum of the active ones.
  const current = await q<{ stale: number }>(`
    WITH latest AS (
      SELECT DISTINCT ON (a."entityId") a."entityId", a.id, e."teamId", e."archivedAt" IS NULL AS active
      FROM "Assessment" a JOIN "Entity" e ON e.id = a."entityId"
      WHERE a.rubric = 'DEBT' AND a.status = 'SUBMITTED'
      ORDER BY a."entityId", a."submittedSeq" DESC
    )
    SELECT count(*)::int AS stale FROM latest l FULL JOIN "CurrentScore" s ON s."entityId" = l."entityId"
    WHERE s."assessmentId" IS DISTINCT FROM l.id OR s."teamId" IS DISTINCT FROM l."teamId" OR s.active IS DISTINCT FROM l.active`);
  if ((current[0]?.stale ?? 0) > 0)
    problems.push(`${current[0]?.stale} entity(ies) whose CurrentScore row is not their latest submission`);
  const pool = await q<{ off: boolean }>(`
    SELECT abs(COALESCE((SELECT "debtWeight" FROM "PooledScore" WHERE key = 'org|all'), 0)
             - COALESCE((SELECT sum("debtWeight") FROM "CurrentScore" WHERE active), 0)) > ${EPS}
        OR COALESCE((SELECT "assessedCount" FROM "PooledScore" WHERE key = 'org|all'), 0)
             <> (SELECT count(*) FROM "CurrentScore" WHERE active) AS off`);
  if (pool[0]?.off) problems.push("the organisation's PooledScore row differs from its active CurrentScore rows");
  return problems;
}

/** Row counts of every table the app writes (sessions and rate-limit rows left out). */
export async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const tables = (
    await client.query<{ name: string }>(`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
        AND tablename NOT IN ('_prisma_migrations', 'Session', 'RateLimit', 'Verification') ORDER BY 1`)
  ).rows.map((r) => r.name);
  const out: Record<string, number> = {};
  for (const t of tables)
    out[t] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]?.n ?? 0);
  return out;
}

export function countDifferences(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t] ?? 0} → ${after[t] ?? 0}`);
}
