// What the trends page's scope picker offers: active teams, the debt categories, and the
// active entities that have a submitted debt assessment (an entity's trend comes from them).
import "server-only";
import { db } from "@/lib/server/db/client";
import type { EntityKind } from "@/lib/domain/kinds";

export interface TrendSubjects {
  teams: { id: string; slug: string; name: string }[];
  categories: { key: string; name: string }[];
  entities: { id: string; name: string; kind: EntityKind; teamName: string | null }[];
}

export async function listTrendSubjects(): Promise<TrendSubjects> {
  const [teams, categories, entities] = await Promise.all([
    db().team.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().debtCategory.findMany({
      where: { rubric: "DEBT" },
      select: { key: true, name: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    }),
    db().entity.findMany({
      where: { archivedAt: null, assessments: { some: { rubric: "DEBT", status: "SUBMITTED" } } },
      select: { id: true, name: true, kind: true, team: { select: { name: true } } },
      orderBy: [{ team: { name: "asc" } }, { kind: "asc" }, { name: "asc" }],
      take: 5000,
    }),
  ]);
  return {
    teams,
    categories,
    entities: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, teamName: e.team?.name ?? null })),
  };
}
