// A team's entities for its scorecard table: filtered (name, kind, lifecycle), sorted and paged in
// SQL, each with its latest debt score, when it was last assessed and its open findings.
import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma, type Lifecycle } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import type { SortDir, TeamEntitySort } from "@/lib/domain/format/dashboard-params";
import { LATEST_DEBT_ASSESSMENT_OF_E, sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface ListTeamEntityTableOptions {
  teamId: string;
  q?: string;
  kind?: EntityKind | "";
  lifecycle?: Lifecycle | "";
  sort: TeamEntitySort;
  dir: SortDir;
  page: number;
  pageSize: number;
}

export interface TeamEntityTableRow {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  sums: ScoreSums | null;
  lastAssessedAt: Date | null;
  openFindings: number;
}

export interface TeamEntityTable {
  rows: TeamEntityTableRow[];
  total: number;
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
  openFindings: number;
  total: number;
}

function orderBy(sort: TeamEntitySort, dir: SortDir): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  switch (sort) {
    case "debt":
      return Prisma.sql`ratio ${d} NULLS LAST, "principalDays" DESC NULLS LAST`;
    case "principal":
      return Prisma.sql`"principalDays" ${d} NULLS LAST, ratio DESC NULLS LAST`;
    case "assessed":
      // Oldest first puts the never-assessed on top: they are the most out of date.
      return dir === "asc" ? Prisma.sql`"submittedAt" ASC NULLS FIRST` : Prisma.sql`"submittedAt" DESC NULLS LAST`;
    case "findings":
      return Prisma.sql`"openFindings" ${d}, ratio DESC NULLS LAST`;
    case "name":
      return Prisma.sql`"name" ${d}`;
  }
}

export async function listTeamEntityTable(options: ListTeamEntityTableOptions): Promise<TeamEntityTable> {
  const where: Prisma.Sql[] = [Prisma.sql`e."teamId" = ${options.teamId}`, Prisma.sql`e."archivedAt" IS NULL`];
  if (options.q) where.push(Prisma.sql`e."name" ILIKE ${`%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (options.kind) where.push(Prisma.sql`e."kind"::text = ${options.kind}`);
  if (options.lifecycle) where.push(Prisma.sql`e."lifecycle"::text = ${options.lifecycle}`);
  const offset = (options.page - 1) * options.pageSize;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH chosen AS (
      SELECT e."id", e."kind", e."name", e."lifecycle",
        l."debtWeight", l."totalWeight", l."answeredCount", l."applicableCount", l."principalDays", l."submittedAt",
        (l."debtWeight" / NULLIF(l."totalWeight", 0)) AS ratio
      FROM "Entity" e
      -- The team's current scores: CurrentScore keeps each entity's team, so naming it lets the
      -- planner read the team's index range instead of hashing every entity's row.
      LEFT JOIN LATERAL (${LATEST_DEBT_ASSESSMENT_OF_E} AND s."teamId" = ${options.teamId}
      ) l ON TRUE
      WHERE ${Prisma.join(where, " AND ")}
    ),
    findings AS (
      SELECT m."entityId", COUNT(DISTINCT m."signalId")::int AS n
      FROM "SignalMember" m JOIN "Signal" s ON s."id" = m."signalId" AND s."status" = 'OPEN'
      -- An array, so the findings are index probes for the team's entities, not a scan of every member.
      WHERE m."entityId" = ANY(ARRAY(SELECT "id" FROM chosen))
      GROUP BY m."entityId"
    )
    SELECT c.*, COALESCE(f.n, 0)::int AS "openFindings", (COUNT(*) OVER ())::int AS total
    FROM chosen c LEFT JOIN findings f ON f."entityId" = c."id"
    ORDER BY ${orderBy(options.sort, options.dir)}, "name", "id"
    LIMIT ${options.pageSize} OFFSET ${offset}`);
  return {
    total: rows[0]?.total ?? (offset > 0 ? await countOnly(where) : 0),
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      lifecycle: r.lifecycle,
      sums: sumsOrNull(r),
      lastAssessedAt: r.submittedAt,
      openFindings: r.openFindings,
    })),
  };
}

/** A page past the end returns no rows, so the total comes from a plain count. */
async function countOnly(where: Prisma.Sql[]): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>(
    Prisma.sql`SELECT COUNT(*)::int AS n FROM "Entity" e WHERE ${Prisma.join(where, " AND ")}`,
  );
  return row?.n ?? 0;
}
