// "What breaks if this changes" and "what does this rest on": the transitive closures downstream
// and upstream of an entity, grouped by owning team with the team's maintainers, so a team knows
// whom to tell before changing it.
import "server-only";
import { downstream, upstream, type Reach, type ReachedEntity } from "@/lib/domain/graph";
import type { EntityKind } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";
import { getCatalogueGraph, type TeamRef } from "./graph-cache";

/** Entities listed per team; the rest are counted. */
export const IMPACT_SHOWN_PER_TEAM = 40;

export interface ImpactGroup {
  team: TeamRef | null;
  maintainers: { name: string; email: string }[];
  total: number;
  byKind: Partial<Record<EntityKind, number>>;
  /** Nearest first; `via` names the neighbour it was reached through (null: the entity itself). */
  entities: (ReachedEntity & { via: string | null })[];
}

export interface ImpactSide {
  total: number;
  reachesItself: boolean;
  teams: ImpactGroup[];
}

export interface Impact {
  downstream: ImpactSide;
  upstream: ImpactSide;
}

/** Null when the entity is archived or unknown. */
export async function getImpact(entityId: string): Promise<Impact | null> {
  const { graph, teams } = await getCatalogueGraph();
  const down = downstream(graph, entityId);
  const up = upstream(graph, entityId);
  if (!down || !up) return null;
  const teamOf = (id: string) => graph.nodes[graph.indexOf.get(id)!]?.teamId ?? null;
  const teamIds = new Set<string>();
  for (const e of [...down.entities, ...up.entities]) {
    const t = teamOf(e.id);
    if (t) teamIds.add(t);
  }
  const maintainers = await db().membership.findMany({
    where: { teamId: { in: [...teamIds] }, role: "MAINTAINER", user: { deactivatedAt: null } },
    orderBy: { user: { name: "asc" } },
    select: { teamId: true, user: { select: { name: true, email: true } } },
  });
  const byTeam = new Map<string, { name: string; email: string }[]>();
  for (const m of maintainers) {
    const list = byTeam.get(m.teamId) ?? [];
    list.push(m.user);
    byTeam.set(m.teamId, list);
  }
  const side = (reach: Reach): ImpactSide => {
    const groups = new Map<string | null, ImpactGroup>();
    for (const e of reach.entities) {
      const teamId = teamOf(e.id);
      let g = groups.get(teamId);
      if (!g) {
        g = {
          team: teamId ? (teams.get(teamId) ?? null) : null,
          maintainers: teamId ? (byTeam.get(teamId) ?? []) : [],
          total: 0,
          byKind: {},
          entities: [],
        };
        groups.set(teamId, g);
      }
      g.total++;
      g.byKind[e.kind] = (g.byKind[e.kind] ?? 0) + 1;
      if (g.entities.length < IMPACT_SHOWN_PER_TEAM)
        g.entities.push({
          ...e,
          via: e.viaId === entityId ? null : (graph.nodes[graph.indexOf.get(e.viaId)!]?.name ?? null),
        });
    }
    // Most affected team first; unowned last, since nobody can be told.
    const list = [...groups.values()].sort(
      (a, b) =>
        (a.team === null ? 1 : 0) - (b.team === null ? 1 : 0) ||
        b.total - a.total ||
        (a.team?.name ?? "").localeCompare(b.team?.name ?? ""),
    );
    return { total: reach.entities.length, reachesItself: reach.reachesItself, teams: list };
  };
  return { downstream: side(down), upstream: side(up) };
}
