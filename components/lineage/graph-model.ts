// Turns a slice of the lineage graph into what the client graph draws: positions from dagre,
// and each node and edge marked when it belongs to an open cascade or loop in view. Server-only
// work, so the browser receives plain, ready-to-draw data.
import type { EntityKind } from "@/lib/domain/kinds";
import type { Rating } from "@/lib/domain/scoring/score";
import { kindSlug } from "@/lib/domain/format/labels";
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from "./layout";

export type Shape = "cycle" | "cascade" | "both";

/** A type alias, not an interface: React Flow wants node data assignable to Record<string, unknown>. */
export type DrawnNode = {
  id: string;
  kind: EntityKind;
  name: string;
  team: string | null;
  x: number;
  y: number;
  center: boolean;
  /** Owned by the team whose graph this is. */
  own: boolean;
  shape: Shape | null;
  /** Part of the finding the person came to look at. */
  focus: boolean;
  /** The entity's debt rating (the node's colour); null: never assessed. */
  rating: Rating | null;
  /** Where a click goes: this node's own lineage (or team graph → entity lineage). */
  href: string;
};

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  observed: boolean;
  shape: Shape | null;
  focus: boolean;
}

export interface GraphInput {
  nodes: readonly { id: string; kind: EntityKind; name: string; team: { name: string } | null }[];
  edges: readonly { fromId: string; toId: string; kind: string; origin: string }[];
  findings: readonly { id: string; kind: string; memberIds: readonly string[] }[];
  centerId?: string | null;
  focusFindingId?: string | null;
  hops?: number;
  /** Debt rating per node id (listEntityRatings); missing = not assessed. */
  ratings?: ReadonlyMap<string, Rating | null>;
}

const merge = (a: Shape | null, b: Shape): Shape => (a === null || a === b ? b : "both");

export function buildDrawnGraph(input: GraphInput): { nodes: DrawnNode[]; edges: DrawnEdge[]; height: number } {
  const nodeShape = new Map<string, Shape>();
  const focusNodes = new Set<string>();
  // Per finding: its member set, to mark the edges running inside it.
  const sets = input.findings.map((f) => ({
    shape: (f.kind === "FEEDBACK_LOOP" ? "cycle" : "cascade") as Shape,
    focus: f.id === input.focusFindingId,
    members: new Set(f.memberIds),
  }));
  for (const s of sets) {
    for (const id of s.members) {
      nodeShape.set(id, merge(nodeShape.get(id) ?? null, s.shape));
      if (s.focus) focusNodes.add(id);
    }
  }
  const positions = layoutGraph(
    input.nodes.map((n) => n.id),
    input.edges,
  );
  const query = input.hops ? `?hops=${input.hops}` : "";
  const nodes = input.nodes.map((n): DrawnNode => {
    const p = positions.get(n.id)!;
    return {
      id: n.id,
      kind: n.kind,
      name: n.name,
      team: n.team?.name ?? null,
      x: p.x,
      y: p.y,
      center: n.id === input.centerId,
      own: false,
      shape: nodeShape.get(n.id) ?? null,
      focus: focusNodes.has(n.id),
      rating: input.ratings?.get(n.id) ?? null,
      href: `/catalog/${kindSlug(n.kind)}/${encodeURIComponent(n.name)}/lineage${query}`,
    };
  });
  const edges = input.edges.map((e): DrawnEdge => {
    let shape: Shape | null = null;
    let focus = false;
    for (const s of sets) {
      if (!s.members.has(e.fromId) || !s.members.has(e.toId)) continue;
      shape = merge(shape, s.shape);
      focus ||= s.focus;
    }
    return {
      id: `${e.fromId}>${e.toId}>${e.kind}`,
      source: e.fromId,
      target: e.toId,
      observed: e.origin === "OBSERVED",
      shape,
      focus,
    };
  });
  return { nodes, edges, height: viewHeight(nodes) };
}

/**
 * The drawing's height: the layout's aspect ratio at the page's usual width (about 1,100 px), so a
 * wide graph is not boxed in empty space; never taller than a screen (the graph pans).
 */
function viewHeight(nodes: readonly DrawnNode[]): number {
  if (nodes.length === 0) return 360;
  const span = (values: number[], size: number) => Math.max(...values) - Math.min(...values) + size;
  const width = span(
    nodes.map((n) => n.x),
    NODE_WIDTH,
  );
  const height = span(
    nodes.map((n) => n.y),
    NODE_HEIGHT,
  );
  const fitted = Math.max(1100 * (height / width), height * 0.4);
  return Math.round(Math.min(820, Math.max(380, fitted + 80)));
}
