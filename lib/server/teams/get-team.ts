// One team by slug, with its members and pooled debt score; null when there is no such team.
import { db } from "@/lib/server/db/client";
import { Prisma, type TeamRole } from "@/lib/generated/prisma/client";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import type { PooledSumsRow } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { pooledAllCategoriesSql, POOLED_ROW_COLUMNS } from "@/lib/server/scoring/pooled-score.sql";

export interface GetTeamOptions {
  slug: string;
}

export interface TeamDetail {
  id: string;
  slug: string;
  name: string;
  description: string;
  archivedAt: Date | null;
  members: { id: string; name: string; email: string; role: TeamRole }[];
  sums: ScoreSums;
  assessedCount: number;
  activeCount: number;
  lastAssessedAt: Date | null;
}

export async function getTeam(options: GetTeamOptions): Promise<TeamDetail | null> {
  const team = await db().team.findUnique({
    where: { slug: options.slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      archivedAt: true,
      memberships: {
        where: { user: { deactivatedAt: null } },
        orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!team) return null;
  // The team's pooled row (maintained at write time), its active entities and their latest submit.
  const rows = await db().$queryRaw<(PooledSumsRow & { activeCount: number })[]>(Prisma.sql`
    SELECT ${POOLED_ROW_COLUMNS},
      (SELECT COUNT(*) FROM "Entity" e WHERE e."teamId" = ${team.id} AND e."archivedAt" IS NULL)::int AS "activeCount",
      (SELECT MAX(s."submittedAt") FROM "CurrentScore" s WHERE s."teamId" = ${team.id} AND s."active") AS "lastAssessedAt"
    FROM (SELECT 1) one LEFT JOIN (${pooledAllCategoriesSql(team.id)}) p ON TRUE`);
  const row = rows[0];
  if (!row) throw new Error("getTeam: aggregate returned no row");
  const { assessedCount, activeCount, lastAssessedAt, ...sums } = row;
  const { memberships, ...rest } = team;
  return {
    ...rest,
    members: memberships.map((m) => ({ ...m.user, role: m.role })),
    sums,
    assessedCount,
    activeCount,
    lastAssessedAt,
  };
}
