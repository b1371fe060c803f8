"use client";
// The interactive lineage graph: positions come from the server (dagre), React Flow draws them
// with pan and zoom. Each node is filled with its debt rating's colour (the letter printed too;
// dashed outline = never assessed). Cascades are amber outlines and edges, loops red; the finding
// the person came from is drawn thicker and animated. The graph opens at a readable zoom (never
// below READABLE_ZOOM): a graph too big to fit opens centred on the entity (or the finding) and
// pans. Clicking a node opens that entity's lineage.
import "@xyflow/react/dist/style.css";
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
  type ReactFlowInstance,
} from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import clsx from "clsx";
import { KindIcon } from "@/components/entity/kind-icon";
import type { DrawnEdge, DrawnNode, Shape } from "./graph-model";
import { NODE_HEIGHT, NODE_WIDTH } from "./layout";

const SHAPE_COLOR: Record<Shape, string> = { cycle: "var(--loop)", cascade: "var(--cascade)", both: "var(--loop)" };
const SHAPE_LABEL: Record<Shape, string> = {
  cycle: "in a feedback loop",
  cascade: "in a correction cascade",
  both: "in a loop and a cascade",
};

type EntityNode = Node<DrawnNode, "entity">;

/** Below this the 12 px node names shrink under ~9 px: the graph opens no smaller. */
export const READABLE_ZOOM = 0.8;

function EntityNodeView({ data }: NodeProps<EntityNode>) {
  const color = data.shape ? SHAPE_COLOR[data.shape] : undefined;
  return (
    <div
      data-entity={data.name}
      data-rating={data.rating ?? "none"}
      data-highlight={data.shape ?? undefined}
      data-focus={data.focus ? "true" : undefined}
      title={`${data.name}${data.team ? ` · ${data.team}` : " · unowned"} · ${data.rating ? `rating ${data.rating}` : "not assessed"}${data.shape ? ` · ${SHAPE_LABEL[data.shape]}` : ""}`}
      className={clsx(
        "flex cursor-pointer items-center gap-2 rounded-lg border px-2.5 shadow-[0_1px_2px_rgba(16,16,24,0.06)] transition-shadow hover:shadow-md",
        data.rating ? "" : "border-dashed bg-surface",
        data.center
          ? "ring-[3px] ring-accent ring-offset-2 ring-offset-[var(--background)]"
          : data.own
            ? "ring-2 ring-accent/60"
            : "",
        color || data.rating ? "" : "border-border-strong",
      )}
      style={{
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        background: data.rating ? `var(--rating-${data.rating.toLowerCase()})` : undefined,
        color: data.rating ? `var(--rating-${data.rating.toLowerCase()}-fg)` : undefined,
        borderColor: color ?? (data.rating ? "rgb(0 0 0 / 0.15)" : undefined),
        borderWidth: data.focus ? 3 : color ? 2 : 1,
      }}
    >
      <Handle
        type="target"
        position={Position.Left}
        className="!size-1.5 !min-h-0 !min-w-0 !border-0 !bg-border-strong"
        isConnectable={false}
      />
      <KindIcon kind={data.kind} className={clsx("size-4 shrink-0", data.rating ? "opacity-80" : "text-muted")} />
      <div className="min-w-0 flex-1 leading-tight">
        <div className={clsx("truncate font-mono text-[12px] font-medium", data.rating ? "" : "text-foreground")}>
          {data.name}
        </div>
        <div className={clsx("truncate text-[11px]", !data.rating && "text-muted")}>{data.team ?? "Unowned"}</div>
      </div>
      <span aria-hidden className="shrink-0 text-sm font-bold">
        {data.rating ?? "–"}
      </span>
      <Handle
        type="source"
        position={Position.Right}
        className="!size-1.5 !min-h-0 !min-w-0 !border-0 !bg-border-strong"
        isConnectable={false}
      />
    </div>
  );
}

const nodeTypes = { entity: EntityNodeView };
const noSubscription = () => () => {};

export function LineageGraph({
  nodes,
  edges,
  height = 620,
}: {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  height?: number;
}) {
  const router = useRouter();
  // A focused finding (a loop, a cascade) opens framed whole, even below READABLE_ZOOM: its shape
  // is the point, and a large graph draws only the nodes in view. Otherwise fit the whole graph
  // when that stays readable, else open at READABLE_ZOOM on what matters.
  const openReadable = useCallback(
    (flow: ReactFlowInstance<EntityNode>) => {
      const focused = nodes.filter((n) => n.focus).map((n) => ({ id: n.id }));
      if (focused.length > 1) {
        void flow.fitView({ nodes: focused, padding: 0.15, maxZoom: 1.1 });
        return;
      }
      void flow.fitView({ padding: 0.12, maxZoom: 1.1 }).then(() => {
        if (flow.getZoom() >= READABLE_ZOOM) return;
        const anchor =
          nodes.find((n) => n.center) ?? nodes.find((n) => n.focus) ?? nodes.find((n) => n.own) ?? nodes[0];
        if (anchor) void flow.setCenter(anchor.x + NODE_WIDTH / 2, anchor.y + NODE_HEIGHT / 2, { zoom: READABLE_ZOOM });
      });
    },
    [nodes],
  );
  // Drawn in the browser only: React Flow measures its container, which a server render (or a
  // streamed, still-hidden Suspense boundary) does not have.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const flowNodes = useMemo(
    () =>
      nodes.map((n): EntityNode => ({
        id: n.id,
        type: "entity",
        position: { x: n.x, y: n.y },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        data: n,
        draggable: false,
        connectable: false,
        ariaLabel: `${n.name}, open its lineage`,
      })),
    [nodes],
  );
  const flowEdges = useMemo(
    () =>
      edges.map((e): Edge => {
        const color = e.shape ? SHAPE_COLOR[e.shape] : "var(--chart-axis)";
        return {
          id: e.id,
          source: e.source,
          target: e.target,
          animated: e.focus,
          markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
          style: {
            stroke: color,
            strokeWidth: e.focus ? 3 : e.shape ? 2 : 1.2,
            strokeDasharray: e.observed ? "5 4" : undefined,
          },
          focusable: false,
        };
      }),
    [edges],
  );
  return (
    // Inline sizes: React Flow measures its parent on mount, before stylesheets may have applied.
    <div style={{ height, width: "100%" }} data-testid="lineage-graph">
      {inBrowser ? (
        <ReactFlow
          style={{ width: "100%", height: "100%" }}
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={nodeTypes}
          onNodeClick={(_, node) => router.push(node.data.href)}
          nodesConnectable={false}
          nodesDraggable={false}
          edgesFocusable={false}
          onInit={openReadable}
          minZoom={0.05}
          onlyRenderVisibleElements={nodes.length > 120}
        >
          <Background gap={18} size={1} color="var(--border)" />
          <Controls showInteractive={false} />
          {nodes.length > 30 ? (
            <MiniMap
              pannable
              zoomable
              nodeColor={(n) => {
                const rating = (n.data as DrawnNode).rating;
                return rating ? `var(--rating-${rating.toLowerCase()})` : "var(--border-strong)";
              }}
            />
          ) : null}
        </ReactFlow>
      ) : null}
    </div>
  );
}
