// A team's part of the lineage graph: its live entities and their direct neighbours (other
// teams' entities it reads from or feeds), capped so a large team still renders.
import "server-only";
import { RELATION_KINDS, type NeighbourhoodEdge } from "@/lib/domain/graph";
import { KIND_INDEX } from "@/lib/domain/graph/build-graph";
import { getCatalogueGraph, type TeamRef } from "./graph-cache";
import { shapesInView, type LineageFinding, type LineageNode } from "./get-lineage";

export const TEAM_GRAPH_MAX_NODES = 220;
/** The team's own entities take at most this many places; neighbours fill the rest. */
export const TEAM_GRAPH_MAX_OWN = 160;

export interface TeamGraph {
  team: TeamRef;
  nodes: (LineageNode & { own: boolean })[];
  edges: NeighbourhoodEdge[];
  ownTotal: number;
  neighbourTotal: number;
  truncated: boolean;
  findings: LineageFinding[];
}

export async function getTeamGraph(slug: string): Promise<TeamGraph | null> {
  const { graph, teams } = await getCatalogueGraph();
  const team = [...teams.values()].find((t) => t.slug === slug);
  if (!team) return null;
  const { nodes, nodeKind, outStart, edgeTo, inStart, inEdge, edgeFrom, edgeKind, edgeDeclared } = graph;
  // Models first (they are what the team is about), then by kind, then id order.
  const own: number[] = [];
  for (let v = 0; v < graph.nodeCount; v++) if (nodes[v]!.teamId === team.id) own.push(v);
  own.sort((a, b) => nodeKind[a]! - nodeKind[b]! || a - b);
  const chosen = new Set(own.slice(0, TEAM_GRAPH_MAX_OWN));
  const ownSet = new Set(own);
  const neighbours = new Set<number>();
  for (const u of chosen) {
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) if (!ownSet.has(edgeTo[e]!)) neighbours.add(edgeTo[e]!);
    for (let i = inStart[u]!; i < inStart[u + 1]!; i++) {
      const w = edgeFrom[inEdge[i]!]!;
      if (!ownSet.has(w)) neighbours.add(w);
    }
  }
  const sortedNeighbours = [...neighbours].sort(
    (a, b) => (nodeKind[a] === KIND_INDEX.MODEL ? 0 : 1) - (nodeKind[b] === KIND_INDEX.MODEL ? 0 : 1) || a - b,
  );
  for (const w of sortedNeighbours) {
    if (chosen.size >= TEAM_GRAPH_MAX_NODES) break;
    chosen.add(w);
  }
  const edges: NeighbourhoodEdge[] = [];
  for (const u of chosen) {
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      if (!chosen.has(edgeTo[e]!)) continue;
      edges.push({
        fromId: nodes[u]!.id,
        toId: nodes[edgeTo[e]!]!.id,
        kind: RELATION_KINDS[edgeKind[e]!]!,
        origin: edgeDeclared[e] === 1 ? "DECLARED" : "OBSERVED",
      });
    }
  }
  const drawn = [...chosen].map((v) => {
    const e = nodes[v]!;
    const t = e.teamId ? teams.get(e.teamId) : undefined;
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      hops: ownSet.has(v) ? 0 : 1,
      lifecycle: e.lifecycle,
      team: t ? { slug: t.slug, name: t.name } : null,
      own: ownSet.has(v),
    };
  });
  return {
    team,
    nodes: drawn,
    edges,
    ownTotal: own.length,
    neighbourTotal: neighbours.size,
    truncated:
      own.length > TEAM_GRAPH_MAX_OWN || chosen.size < Math.min(own.length, TEAM_GRAPH_MAX_OWN) + neighbours.size,
    findings: await shapesInView(
      drawn.map((n) => n.id),
      null,
    ),
  };
}
