// What dominates a query: from EXPLAIN (ANALYZE, FORMAT JSON), each plan node's own time (its
// total time × loops, less its children's), largest first. Pure.

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "CTE Name"?: string;
  "Actual Total Time"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
}

export interface ExplainJson {
  Plan: PlanNode;
  "Execution Time"?: number;
  "Planning Time"?: number;
}

export interface NodeTime {
  node: string;
  rows: number;
  selfMs: number;
}

const total = (n: PlanNode) => (n["Actual Total Time"] ?? 0) * (n["Actual Loops"] ?? 1);

function label(n: PlanNode): string {
  const on = n["Relation Name"] ? ` on "${n["Relation Name"]}"` : n["CTE Name"] ? ` on CTE ${n["CTE Name"]}` : "";
  const using = n["Index Name"] ? ` using ${n["Index Name"]}` : "";
  return `${n["Node Type"]}${on}${using}`;
}

/** Every node with its own (exclusive) time, largest first. */
export function nodeTimes(plan: PlanNode): NodeTime[] {
  const out: NodeTime[] = [];
  const walk = (n: PlanNode) => {
    const children = n.Plans ?? [];
    const self = total(n) - children.reduce((sum, c) => sum + total(c), 0);
    out.push({ node: label(n), rows: (n["Actual Rows"] ?? 0) * (n["Actual Loops"] ?? 1), selfMs: Math.max(0, self) });
    children.forEach(walk);
  };
  walk(plan);
  return out.sort((a, b) => b.selfMs - a.selfMs);
}

/** A few lines: execution time, then the nodes that take most of it. */
export function summarizePlan(explain: ExplainJson, top = 4): string {
  const exec = explain["Execution Time"] ?? total(explain.Plan);
  const nodes = nodeTimes(explain.Plan).slice(0, top);
  const pct = (ms: number) => (exec > 0 ? `${Math.round((ms / exec) * 100)}%` : "–");
  return [
    `execution ${exec.toFixed(1)} ms (planning ${(explain["Planning Time"] ?? 0).toFixed(1)} ms); where it goes:`,
    ...nodes.map(
      (n) =>
        `  ${n.selfMs.toFixed(1).padStart(8)} ms  ${pct(n.selfMs).padStart(4)}  ${n.node} (${n.rows.toLocaleString("en-US")} rows)`,
    ),
  ].join("\n");
}
