// Tarjan's strongly connected components with an explicit call stack: a 30k-long pipeline would
// overflow the JavaScript stack if the depth-first search recursed.
import type { CatalogueGraph } from "./build-graph";

export interface Components {
  readonly count: number;
  /** Component number of each node. */
  readonly componentOf: Int32Array;
  /** Members of component c are members[start[c] .. start[c + 1] - 1], in ascending node order. */
  readonly start: Int32Array;
  readonly members: Int32Array;
}

export function stronglyConnectedComponents(graph: CatalogueGraph): Components {
  const n = graph.nodeCount;
  const { outStart, edgeTo } = graph;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameEdge = new Int32Array(n);
  const componentOf = new Int32Array(n).fill(-1);
  let sp = 0;
  let counter = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let top = 0;
    frameNode[0] = root;
    frameEdge[0] = outStart[root]!;
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (top >= 0) {
      const v = frameNode[top]!;
      const e = frameEdge[top]!;
      if (e < outStart[v + 1]!) {
        frameEdge[top] = e + 1;
        const w = edgeTo[e]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          top++;
          frameNode[top] = w;
          frameEdge[top] = outStart[w]!;
        } else if (onStack[w] === 1 && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          componentOf[w] = count;
        } while (w !== v);
        count++;
      }
      top--;
      if (top >= 0) {
        const parent = frameNode[top]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }

  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[componentOf[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[componentOf[v]!]!++] = v;
  return { count, componentOf, start, members };
}
