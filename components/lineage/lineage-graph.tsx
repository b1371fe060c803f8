"use client";
// The interactive lineage graph: positions come from the server (dagre), React Flow draws them
// with pan and zoom. Cascades are amber, loops red; the finding the person came from is drawn
// thicker and animated. Clicking a node opens that entity's lineage.
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
} from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useMemo, useSyncExternalStore } from "react";
import clsx from "clsx";
import { KindIcon } from "@/components/entity/kind-icon";
import type { DrawnEdge, DrawnNode, Shape } from "./graph-model";
import { NODE_HEIGHT, NODE_WIDTH } from "./layout";

const SHAPE_COLOR: Record<Shape, string> = { cycle: "#dc2626", cascade: "#d97706", both: "#c2410c" };
const SHAPE_LABEL: Record<Shape, string> = {
  cycle: "in a feedback loop",
  cascade: "in a correction cascade",
  both: "in a loop and a cascade",
};

type EntityNode = Node<DrawnNode, "entity">;

function EntityNodeView({ data }: NodeProps<EntityNode>) {
  const color = data.shape ? SHAPE_COLOR[data.shape] : undefined;
  return (
    <div
      data-entity={data.name}
      data-highlight={data.shape ?? undefined}
      data-focus={data.focus ? "true" : undefined}
      title={`${data.name}${data.team ? ` · ${data.team}` : " · unowned"}${data.shape ? ` · ${SHAPE_LABEL[data.shape]}` : ""}`}
      className={clsx(
        "flex cursor-pointer items-center gap-2 rounded-lg border bg-surface px-2.5 shadow-[0_1px_2px_rgba(16,16,24,0.06)] transition-shadow hover:shadow-md",
        data.center
          ? "border-accent bg-accent-soft ring-2 ring-accent/40 ring-offset-2"
          : data.own
            ? "border-accent/60 bg-accent-soft/70"
            : "border-border-strong",
      )}
      style={{
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        borderColor: color,
        borderWidth: data.focus ? 3 : color ? 2 : 1,
      }}
    >
      <Handle
        type="target"
        position={Position.Left}
        className="!size-1.5 !min-h-0 !min-w-0 !border-0 !bg-border-strong"
        isConnectable={false}
      />
      <KindIcon kind={data.kind} className={clsx("size-4", data.center ? "text-accent" : "text-muted")} />
      <div className="min-w-0 leading-tight">
        <div className="truncate font-mono text-[12px] font-medium text-foreground">{data.name}</div>
        <div className="truncate text-[11px] text-muted">{data.team ?? "Unowned"}</div>
      </div>
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
        const color = e.shape ? SHAPE_COLOR[e.shape] : "#a1a1aa";
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
          fitView
          // Never shrink below readable: a big graph opens at its middle and pans.
          fitViewOptions={{ padding: 0.12, maxZoom: 1.1, minZoom: 0.4 }}
          minZoom={0.05}
          onlyRenderVisibleElements={nodes.length > 120}
        >
          <Background gap={18} size={1} color="#e4e4e7" />
          <Controls showInteractive={false} />
          {nodes.length > 30 ? (
            <MiniMap
              pannable
              zoomable
              nodeColor={(n) => ((n.data as DrawnNode).shape ? SHAPE_COLOR[(n.data as DrawnNode).shape!] : "#d4d4d8")}
            />
          ) : null}
        </ReactFlow>
      ) : null}
    </div>
  );
}
