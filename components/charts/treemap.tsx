"use client";
// A grouped treemap (Recharts Treemap): each leaf's area is its value, its fill a colour the caller
// picks (with the text colour that reads on it), leaves grouped into labelled blocks. Put it inside
// a ChartFrame, whose table view lists the same leaves. Animation is off (as in every chart
// here); each leaf carries a <title>, so hovering names it and its value.
//
//   <Treemap
//     groups={[{ name: "Ranking", leaves: [{ name: "ctr-model", value: 12.5, fill: "var(--rating-d)",
//               text: "var(--rating-d-fg)", detail: "D · 32 % debt" }] }]}
//     format="days" height={420} ariaLabel="Principal by entity, grouped by team"
//   />
import { ResponsiveContainer, Treemap as RechartsTreemap, type TreemapNode } from "recharts";
import { formatValue } from "./format";
import type { ValueFormat } from "./types";

export interface TreemapLeaf {
  name: string;
  value: number;
  /** CSS colours (e.g. var(--rating-c) and var(--rating-c-fg)). */
  fill: string;
  text: string;
  /** A short line after the value in the leaf's tooltip (e.g. the rating). */
  detail?: string;
}

export interface TreemapGroup {
  name: string;
  leaves: readonly TreemapLeaf[];
}

export interface TreemapProps {
  groups: readonly TreemapGroup[];
  format: ValueFormat;
  height?: number;
  ariaLabel: string;
}

interface LeafDatum {
  name: string;
  value: number;
  fill: string;
  text: string;
  detail: string;
  group: string;
  first: boolean;
  [key: string]: unknown;
}

const GROUP_LABEL = 18;

function LeafContent(props: TreemapNode & { format: ValueFormat }) {
  const { x, y, width, height, depth, format } = props;
  if (depth !== 2) {
    // The group's block: only its outline (a gap in the surface colour) shows between leaves.
    return <rect x={x} y={y} width={width} height={height} fill="none" stroke="var(--surface)" strokeWidth={4} />;
  }
  const d = props as unknown as LeafDatum & TreemapNode;
  const showGroup = d.first && width > 50 && height > GROUP_LABEL + 4;
  const top = showGroup ? y + GROUP_LABEL : y;
  const room = height - (top - y);
  return (
    <g data-treemap-leaf={d.name}>
      <title>{`${d.name} (${d.group}): ${formatValue(d.value, format)}${d.detail ? ` · ${d.detail}` : ""}`}</title>
      <rect x={x} y={y} width={width} height={height} fill={d.fill} stroke="var(--surface)" strokeWidth={1.5} />
      {showGroup ? (
        <text x={x + 6} y={y + 13} fill={d.text} fontSize={11} fontWeight={700} style={{ textTransform: "uppercase" }}>
          {d.group.length * 7 > width - 10
            ? `${d.group.slice(0, Math.max(1, Math.floor((width - 16) / 7)))}…`
            : d.group}
        </text>
      ) : null}
      {width > 56 && room > 20 ? (
        <text x={x + 6} y={top + 15} fill={d.text} fontSize={12} fontFamily="var(--font-mono)">
          {d.name.length * 7.2 > width - 10
            ? `${d.name.slice(0, Math.max(1, Math.floor((width - 18) / 7.2)))}…`
            : d.name}
        </text>
      ) : null}
      {width > 56 && room > 38 ? (
        <text x={x + 6} y={top + 31} fill={d.text} fontSize={11} opacity={0.85}>
          {formatValue(d.value, format)}
        </text>
      ) : null}
    </g>
  );
}

export function Treemap({ groups, format, height = 420, ariaLabel }: TreemapProps) {
  const data = groups
    .map((g) => ({
      name: g.name,
      children: [...g.leaves]
        .filter((l) => l.value > 0)
        .sort((a, b) => b.value - a.value)
        .map((l, i): LeafDatum => ({
          name: l.name,
          value: l.value,
          fill: l.fill,
          text: l.text,
          detail: l.detail ?? "",
          group: g.name,
          first: i === 0,
        })),
    }))
    .filter((g) => g.children.length > 0);
  return (
    <div role="img" aria-label={ariaLabel} style={{ height, width: "100%" }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsTreemap
          data={data}
          dataKey="value"
          nameKey="name"
          isAnimationActive={false}
          aspectRatio={4 / 3}
          content={(node: TreemapNode) => <LeafContent {...node} format={format} />}
        />
      </ResponsiveContainer>
    </div>
  );
}
