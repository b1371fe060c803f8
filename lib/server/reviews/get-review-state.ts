// The state a review compares (lib/domain/review/state.ts) for one team or the organisation, as
// the records show it at a moment `at`: each active entity's latest DEBT assessment submitted by
// then (pooled per team and per category, its failing answers, its staleness), the findings
// seen by then and not yet resolved, and the action items overdue or done in the period.
// Hotspots exist only for now (their score reads today's graph), so a past state has none.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import type { EntityKind, SignalKind } from "@/lib/domain/kinds";
import { REVIEW_HOTSPOTS } from "@/lib/domain/review/agenda";
import type {
  ActionItemEntry,
  EntityRef,
  FailingAnswer,
  FindingEntry,
  HotspotEntry,
  ReviewState,
  ScoreLine,
  StaleEntry,
} from "@/lib/domain/review/state";
import { ENTITY_REF_SELECT, toEntityRef } from "@/lib/server/reviews/entity-ref";
import { listHotspots } from "@/lib/server/dashboards/list-hotspots";
import { answeredItemSumsSql, carriesDebtSql } from "@/lib/server/scoring/debt-rule.sql";

export interface GetReviewStateOptions {
  /** null = the whole organisation. */
  teamId: string | null;
  at: Date;
  /** Start of the period: action items done after it count as done in the review. */
  since: Date;
  /** Include today's top hotspots (only meaningful when `at` is now). */
  withHotspots: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

interface RefRow {
  entityId: string;
  entityKind: EntityKind;
  entityName: string;
  teamId: string | null;
  teamName: string | null;
}

const ref = (r: RefRow): EntityRef => ({
  id: r.entityId,
  kind: r.entityKind,
  name: r.entityName,
  teamId: r.teamId,
  team: r.teamName,
});

/** Entities in scope that existed and were not archived at `at`, as a CTE named `scoped`. */
function scopedCte(teamId: string | null, at: Date) {
  const team = teamId ? Prisma.sql`AND e."teamId" = ${teamId}` : Prisma.empty;
  return Prisma.sql`
    scoped AS (
      SELECT e."id", e."kind", e."name", e."teamId", t."name" AS "teamName"
      FROM "Entity" e LEFT JOIN "Team" t ON t."id" = e."teamId"
      WHERE e."createdAt" <= ${at} AND (e."archivedAt" IS NULL OR e."archivedAt" > ${at}) ${team}
    ),
    latest AS (
      SELECT DISTINCT ON (a."entityId") a."id", a."entityId", a."debtWeight", a."totalWeight", a."principalDays", a."submittedAt"
      FROM "Assessment" a JOIN scoped s ON s."id" = a."entityId"
      WHERE a."rubric" = 'DEBT' AND a."status" = 'SUBMITTED' AND a."submittedAt" <= ${at}
      ORDER BY a."entityId", a."submittedSeq" DESC NULLS LAST, a."submittedAt" DESC
    )`;
}

type SumsRow = { key: string; label: string; debtWeight: number; totalWeight: number; principalDays: number };

async function scores(teamId: string | null, at: Date): Promise<ScoreLine[]> {
  const cte = scopedCte(teamId, at);
  const sums = Prisma.sql`COALESCE(SUM(l."debtWeight"), 0)::float8 AS "debtWeight",
    COALESCE(SUM(l."totalWeight"), 0)::float8 AS "totalWeight",
    COALESCE(SUM(l."principalDays"), 0)::float8 AS "principalDays"`;
  const [total, teams, categories] = await Promise.all([
    db().$queryRaw<SumsRow[]>(Prisma.sql`WITH ${cte} SELECT 'total' AS key, 'Total' AS label, ${sums} FROM latest l`),
    teamId
      ? Promise.resolve([] as SumsRow[])
      : db().$queryRaw<SumsRow[]>(Prisma.sql`
          WITH ${cte}
          SELECT 'team:' || s."teamId" AS key, MAX(s."teamName") AS label, ${sums}
          FROM latest l JOIN scoped s ON s."id" = l."entityId"
          WHERE s."teamId" IS NOT NULL
          GROUP BY s."teamId"`),
    db().$queryRaw<SumsRow[]>(Prisma.sql`
      WITH ${cte}
      SELECT 'category:' || c."key" AS key, MAX(c."name") AS label,
        ${answeredItemSumsSql({ value: Prisma.sql`an."value"`, weight: Prisma.sql`i."weight"`, remediationDays: Prisma.sql`i."remediationDays"` })}
      FROM latest l
      JOIN "Answer" an ON an."assessmentId" = l."id" AND an."value" <> 'NA'
      JOIN "ChecklistItem" i ON i."id" = an."itemId"
      JOIN "DebtCategory" c ON c."id" = i."categoryId"
      GROUP BY c."key"`),
  ]);
  return [
    ...total.map((r) => ({ ...r, group: "total" as const })),
    ...teams.map((r) => ({ ...r, group: "team" as const })),
    ...categories.map((r) => ({ ...r, group: "category" as const })),
  ];
}

async function failing(teamId: string | null, at: Date): Promise<FailingAnswer[]> {
  const rows = await db().$queryRaw<
    (RefRow & {
      itemId: string;
      itemKey: string;
      question: string;
      category: string;
      value: "FAIL" | "PARTIAL";
      remediationDays: number;
    })[]
  >(Prisma.sql`
    WITH ${scopedCte(teamId, at)}
    SELECT s."id" AS "entityId", s."kind" AS "entityKind", s."name" AS "entityName", s."teamId", s."teamName",
      i."id" AS "itemId", i."key" AS "itemKey", i."question", c."name" AS category, an."value"::text AS value, i."remediationDays"::float8 AS "remediationDays"
    FROM latest l
    JOIN scoped s ON s."id" = l."entityId"
    JOIN "Answer" an ON an."assessmentId" = l."id" AND ${carriesDebtSql(Prisma.sql`an."value"`)}
    JOIN "ChecklistItem" i ON i."id" = an."itemId"
    JOIN "DebtCategory" c ON c."id" = i."categoryId"
    ORDER BY s."name", i."key"`);
  return rows.map((r) => ({
    entity: ref(r),
    itemId: r.itemId,
    itemKey: r.itemKey,
    question: r.question,
    category: r.category,
    value: r.value,
    remediationDays: r.remediationDays,
  }));
}

async function stale(teamId: string | null, at: Date, staleAfterDays: number): Promise<StaleEntry[]> {
  const cutoff = new Date(at.getTime() - staleAfterDays * DAY_MS);
  const rows = await db().$queryRaw<(RefRow & { lastSubmittedAt: Date | null })[]>(Prisma.sql`
    WITH ${scopedCte(teamId, at)}
    SELECT s."id" AS "entityId", s."kind" AS "entityKind", s."name" AS "entityName", s."teamId", s."teamName", l."submittedAt" AS "lastSubmittedAt"
    FROM scoped s LEFT JOIN latest l ON l."entityId" = s."id"
    WHERE l."submittedAt" IS NULL OR l."submittedAt" < ${cutoff}
    ORDER BY l."submittedAt" ASC NULLS FIRST, s."name"`);
  return rows.map((r) => ({ entity: ref(r), lastSubmittedAt: r.lastSubmittedAt?.toISOString() ?? null }));
}

async function findings(teamId: string | null, at: Date): Promise<FindingEntry[]> {
  const team = teamId ? Prisma.sql`AND sg."teamId" = ${teamId}` : Prisma.empty;
  const rows = await db().$queryRaw<
    (Omit<RefRow, "entityKind" | "entityId" | "entityName"> & {
      id: string;
      kind: SignalKind;
      title: string;
      signalTeamId: string | null;
      accepted: boolean;
      entityId: string | null;
      entityKind: EntityKind | null;
      entityName: string | null;
    })[]
  >(Prisma.sql`
    SELECT sg."id", sg."kind"::text AS kind, sg."title", sg."teamId" AS "signalTeamId",
      (sg."acceptedAt" IS NOT NULL AND sg."acceptedAt" <= ${at}) AS accepted,
      e."id" AS "entityId", e."kind"::text AS "entityKind", e."name" AS "entityName", e."teamId", t."name" AS "teamName"
    FROM "Signal" sg
    LEFT JOIN "SignalMember" m ON m."signalId" = sg."id" AND m."position" = 0
    LEFT JOIN "Entity" e ON e."id" = m."entityId"
    LEFT JOIN "Team" t ON t."id" = e."teamId"
    WHERE sg."firstSeenAt" <= ${at} ${team}
      AND (sg."resolvedAt" > ${at} OR (sg."resolvedAt" IS NULL AND sg."status" <> 'RESOLVED'))
    ORDER BY sg."kind", sg."title", sg."id"`);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    teamId: r.signalTeamId,
    accepted: r.accepted,
    entity:
      r.entityId && r.entityKind && r.entityName
        ? ref({
            entityId: r.entityId,
            entityKind: r.entityKind,
            entityName: r.entityName,
            teamId: r.teamId,
            teamName: r.teamName,
          })
        : null,
  }));
}

const ACTION_SELECT = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  completedAt: true,
  teamId: true,
  owner: { select: { name: true } },
  entity: ENTITY_REF_SELECT,
} as const;

/** Today's top hotspots (listHotspots owns the score), with each entity's team id for action items. */
async function hotspots(teamId: string | null): Promise<HotspotEntry[]> {
  const hot = await listHotspots({ teamId: teamId ?? undefined, limit: REVIEW_HOTSPOTS });
  const teams = new Map(
    (
      await db().entity.findMany({ where: { id: { in: hot.map((h) => h.id) } }, select: { id: true, teamId: true } })
    ).map((e) => [e.id, e.teamId]),
  );
  return hot.map((h) => ({
    entity: { id: h.id, kind: h.kind, name: h.name, teamId: teams.get(h.id) ?? null, team: h.team?.name ?? null },
    ratio: h.ratio,
    score: h.score,
    principalDays: h.sums.principalDays,
  }));
}

async function actionItems(
  teamId: string | null,
  at: Date,
  since: Date,
): Promise<{ overdue: ActionItemEntry[]; done: ActionItemEntry[] }> {
  const team = teamId ? { teamId } : {};
  const today = new Date(`${at.toISOString().slice(0, 10)}T00:00:00.000Z`);
  const [overdue, done] = await Promise.all([
    db().actionItem.findMany({
      where: { ...team, status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: today } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: ACTION_SELECT,
    }),
    db().actionItem.findMany({
      where: { ...team, status: "DONE", completedAt: { gt: since, lte: at } },
      orderBy: [{ completedAt: "asc" }, { id: "asc" }],
      select: ACTION_SELECT,
    }),
  ]);
  const entry = (a: (typeof overdue)[number]): ActionItemEntry => ({
    id: a.id,
    title: a.title,
    status: a.status,
    dueDate: a.dueDate?.toISOString().slice(0, 10) ?? null,
    completedAt: a.completedAt?.toISOString() ?? null,
    owner: a.owner?.name ?? null,
    teamId: a.teamId,
    entity: toEntityRef(a.entity),
  });
  return { overdue: overdue.map(entry), done: done.map(entry) };
}

export async function getReviewState(options: GetReviewStateOptions): Promise<ReviewState> {
  const { teamId, at, since } = options;
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const [scoreLines, failingAnswers, staleEntries, findingEntries, hot, actions] = await Promise.all([
    scores(teamId, at),
    failing(teamId, at),
    stale(teamId, at, staleAfterDays),
    findings(teamId, at),
    options.withHotspots ? hotspots(teamId) : Promise.resolve([]),
    actionItems(teamId, at, since),
  ]);
  return {
    at: at.toISOString(),
    staleAfterDays,
    scores: scoreLines,
    failing: failingAnswers,
    stale: staleEntries,
    findings: findingEntries,
    hotspots: hot,
    overdue: actions.overdue,
    done: actions.done,
  };
}
