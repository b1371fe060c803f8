// An entity's lineage neighbourhood for the graph view: the nodes within N hops (capped, so a hub
// in a 30k-entity catalogue still renders), the relations between them, and the open cascades and
// loops whose members are in view, so the view can highlight them.
import "server-only";
import { neighbourhood, type EntityRef, type NeighbourhoodEdge } from "@/lib/domain/graph";
import type { Lifecycle } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";
import { getCatalogueGraph } from "./graph-cache";

export const LINEAGE_MAX_NODES = 150;
export const LINEAGE_MAX_HOPS = 6;
export const LINEAGE_DEFAULT_HOPS = 2;

export type LineageNode = EntityRef & {
  hops: number;
  lifecycle: Lifecycle;
  team: { slug: string; name: string } | null;
};

export interface LineageFinding {
  id: string;
  kind: "CORRECTION_CASCADE" | "FEEDBACK_LOOP";
  title: string;
  status: "OPEN" | "ACCEPTED" | "RESOLVED";
  /** Members that are in view, in path/cycle order. */
  memberIds: string[];
  memberCount: number;
}

export interface Lineage {
  centerId: string;
  hops: number;
  nodes: LineageNode[];
  edges: NeighbourhoodEdge[];
  truncated: boolean;
  findings: LineageFinding[];
}

/** Null when the entity is archived or unknown (it is not part of the live graph). */
export async function getLineage(
  entityId: string,
  options: { hops: number; focusFindingId?: string | null },
): Promise<Lineage | null> {
  const { graph, teams } = await getCatalogueGraph();
  const hops = Math.min(LINEAGE_MAX_HOPS, Math.max(1, Math.floor(options.hops)));
  const view = neighbourhood(graph, entityId, hops, { maxNodes: LINEAGE_MAX_NODES });
  if (!view) return null;
  const nodes = view.nodes.map((n): LineageNode => {
    const entity = graph.nodes[graph.indexOf.get(n.id)!]!;
    const team = entity.teamId ? teams.get(entity.teamId) : undefined;
    return { ...n, lifecycle: entity.lifecycle, team: team ? { slug: team.slug, name: team.name } : null };
  });
  const ids = nodes.map((n) => n.id);
  const findings = await shapesInView(ids, options.focusFindingId ?? null);
  return {
    centerId: view.centerId,
    hops,
    nodes,
    edges: view.edges,
    truncated: view.truncated,
    findings,
  };
}

/** Open cascades and loops with a member among `ids` (plus the focused one whatever its status). */
export async function shapesInView(ids: string[], focusFindingId: string | null): Promise<LineageFinding[]> {
  const signals = await db().signal.findMany({
    where: {
      kind: { in: ["CORRECTION_CASCADE", "FEEDBACK_LOOP"] },
      OR: [{ status: "OPEN" }, ...(focusFindingId ? [{ id: focusFindingId }] : [])],
      members: { some: { entityId: { in: ids } } },
    },
    orderBy: [{ kind: "asc" }, { firstSeenAt: "asc" }],
    take: 50,
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      members: { where: { entityId: { in: ids } }, orderBy: { position: "asc" }, select: { entityId: true } },
      _count: { select: { members: true } },
    },
  });
  return signals.map((s) => ({
    id: s.id,
    kind: s.kind as LineageFinding["kind"],
    title: s.title,
    status: s.status,
    memberIds: s.members.map((m) => m.entityId),
    memberCount: s._count.members,
  }));
}
