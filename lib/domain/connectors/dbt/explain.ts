// What each pipeline signal on a data source's page says, in one sentence, with the dbt nodes
// that make the number (so a person can count them): the one place the numbers get their words.
import type { NodeSignals } from "./signals";

/** A node's signals as stored (DbtNode), with the kind of dbt node it is. */
export interface StoredSignals extends NodeSignals {
  resourceType: string;
}

/** The project's tables in the catalogue (imported and active): how many, the deepest, the most read. */
export interface ProjectScale {
  nodes: number;
  maxDepth: number;
  maxFanOut: number;
}

export interface SignalLine {
  key: keyof Omit<StoredSignals, "resourceType" | "explain">;
  label: string;
  value: number;
  sentence: string;
  /** dbt unique_ids behind the number, in the order to show them (capped when stored). */
  nodes: string[];
  /** Why this number is a shape the paper's "pipeline jungle" warns about; null when it is not. */
  attention: string | null;
}

/** Where a number starts to deserve a look (shown with the reason on the page). */
export const ATTENTION = { depth: 4, fanIn: 5, sourceFanOut: 3 } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Explains every signal of a node; `scale` puts the largest numbers in the project beside its own. */
export function explainSignals(s: StoredSignals, scale: ProjectScale): SignalLine[] {
  const exposure = s.resourceType === "exposure";
  const root = s.resourceType === "source" || s.resourceType === "seed";
  const lines: SignalLine[] = [
    {
      key: "depth",
      label: "Depth",
      value: s.depth,
      sentence: root
        ? "A raw source or seed: nothing in the project is upstream of it."
        : exposure
          ? `It reads tables up to ${plural(s.depth, "transformation", "transformations")} away from raw data (the deepest imported from the project is ${scale.maxDepth}).`
          : `${plural(s.depth, "transformation lies", "transformations lie")} between raw data and this table on its longest chain (the deepest imported from the project is ${scale.maxDepth}).`,
      nodes: s.explain.longestPath,
      attention:
        !root && !exposure && s.depth >= ATTENTION.depth
          ? `${ATTENTION.depth} or more steps: a long chain, where a change upstream is hard to trace to its effect here.`
          : null,
    },
    {
      key: "fanIn",
      label: "Fan-in",
      value: s.fanIn,
      sentence: exposure
        ? `It reads ${plural(s.fanIn, "table", "tables")} of the project directly.`
        : root
          ? "It selects from nothing in the project: its data comes from outside dbt."
          : `It selects from ${plural(s.fanIn, "node", "nodes")} directly (each one a join or union to keep working).`,
      nodes: s.explain.parents,
      attention:
        s.fanIn >= ATTENTION.fanIn
          ? `${ATTENTION.fanIn} or more inputs: many joins to keep in step, a sign of glue grown by accretion.`
          : null,
    },
  ];
  if (exposure)
    return [
      ...lines,
      {
        key: "upstreamSources",
        label: "Upstream sources",
        value: s.upstreamSources,
        sentence: `It is ultimately built from ${plural(s.upstreamSources, "source or seed", "sources and seeds")}.`,
        nodes: s.explain.upstreamSources,
        attention: null,
      },
    ];
  return [
    ...lines,
    {
      key: "fanOut",
      label: "Fan-out",
      value: s.fanOut,
      sentence:
        s.fanOut === 0
          ? "No model or snapshot selects from it directly."
          : `${plural(s.fanOut, "model or snapshot selects", "models and snapshots select")} from it directly (the most-read imported node has ${scale.maxFanOut}).`,
      nodes: s.explain.children,
      attention:
        root && s.fanOut >= ATTENTION.sourceFanOut
          ? `A raw source read by ${ATTENTION.sourceFanOut} or more models: each cleans it its own way unless one staging model does it once.`
          : null,
    },
    {
      key: "upstreamSources",
      label: "Upstream sources",
      value: s.upstreamSources,
      sentence: root
        ? "It is a source or seed itself."
        : `It is ultimately built from ${plural(s.upstreamSources, "source or seed", "sources and seeds")}.`,
      nodes: s.explain.upstreamSources,
      attention: null,
    },
    {
      key: "downstreamNodes",
      label: "Downstream",
      value: s.downstreamNodes,
      sentence:
        `${plural(s.downstreamNodes, "model or snapshot is", "models and snapshots are")} built from it, directly or not: ` +
        `what a change here can break (of ${scale.nodes} tables imported from the project).`,
      nodes: s.explain.downstream,
      attention: null,
    },
    {
      key: "exposures",
      label: "Exposures",
      value: s.exposures,
      sentence:
        s.exposures === 0
          ? "No dbt exposure (dashboard, ML model, application) reads it, directly or not."
          : `${plural(s.exposures, "exposure reads", "exposures read")} it, directly or not (dashboards, ML models, applications).`,
      nodes: s.explain.exposures,
      attention:
        s.exposures === 0 && s.downstreamNodes === 0 && !root
          ? "A dead end: built and refreshed, but nothing in the project reads it (unless something outside dbt does)."
          : null,
    },
    {
      key: "tests",
      label: "Tests",
      value: s.tests,
      sentence:
        s.tests === 0
          ? "No dbt data test checks it."
          : `${plural(s.tests, "dbt data test is", "dbt data tests are")} attached to it (not_null, unique, relationships, …).`,
      nodes: [],
      attention: s.tests === 0 && !root ? "Untested: a wrong row here reaches everything downstream unnoticed." : null,
    },
  ];
}
