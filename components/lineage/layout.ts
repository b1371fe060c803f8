// Positions for the lineage graph, computed on the server with dagre so the browser only draws:
// data flows left to right, one column per rank.
import dagre from "@dagrejs/dagre";

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 42;

export interface Positioned {
  id: string;
  x: number;
  y: number;
}

export function layoutGraph(
  nodeIds: readonly string[],
  edges: readonly { fromId: string; toId: string }[],
): Map<string, Positioned> {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: "LR", nodesep: 14, ranksep: 56, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of nodeIds) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) if (e.fromId !== e.toId) g.setEdge(e.fromId, e.toId);
  dagre.layout(g);
  const out = new Map<string, Positioned>();
  for (const id of nodeIds) {
    const n = g.node(id);
    // dagre gives centres; React Flow wants top-left corners.
    out.set(id, { id, x: (n?.x ?? 0) - NODE_WIDTH / 2, y: (n?.y ?? 0) - NODE_HEIGHT / 2 });
  }
  return out;
}
