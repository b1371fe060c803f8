// Runs every graph rule over one snapshot of the catalogue. Findings come back sorted by kind and
// fingerprint, so two runs over the same catalogue are identical whatever the row order.
import { buildGraph, type CatalogueGraph } from "./build-graph";
import { cascadeLinks, findCorrectionCascades } from "./cascades";
import { findFeedbackLoops } from "./feedback-loops";
import { compareIds } from "./fingerprint";
import { findOrphans } from "./orphans";
import { stronglyConnectedComponents } from "./scc";
import {
  SIGNAL_KINDS,
  type AnalyzeInput,
  type AnalyzeOptions,
  type Finding,
  type GraphSignalKind,
  type UsageAggregate,
} from "./types";
import { findUndeclaredConsumers } from "./undeclared";
import { findUnderutilizedFeatures } from "./underutilized";
import { findUnstableDependencies } from "./unstable";

export interface AnalysisStats {
  entities: number;
  archivedEntities: number;
  /** Live entities and the relations between them: what the rules ran on. */
  nodes: number;
  edges: number;
  /** Relations with an archived or unknown endpoint. */
  ignoredRelations: number;
  /** Relations set aside as not lineage: a retired endpoint, or observed usage gone stale. */
  inactiveRelations: number;
  duplicateRelations: number;
  cyclicComponents: number;
  entitiesInCycles: number;
  /** (upstream model, downstream model) pairs joined through a feature. */
  cascadeLinks: number;
  /** Usage rows inside the undeclared-consumer window that named a live model. */
  usageConsidered: number;
  findings: number;
  byKind: Record<GraphSignalKind, number>;
}

export interface Analysis {
  findings: Finding[];
  stats: AnalysisStats;
}

export function analyze(input: AnalyzeInput): Analysis {
  const graph = buildGraph(input.entities, input.relations, {
    now: input.options.now,
    observedWindowDays: input.options.undeclaredWindowDays,
  });
  return analyzeGraph(graph, input.usage ?? [], input.options);
}

export function analyzeGraph(
  graph: CatalogueGraph,
  usage: readonly UsageAggregate[],
  options: AnalyzeOptions,
): Analysis {
  const components = stronglyConnectedComponents(graph);
  const links = cascadeLinks(graph);
  const feedbackLoops = findFeedbackLoops(graph, components);
  const undeclared = findUndeclaredConsumers(graph, usage, options);

  const findings: Finding[] = [
    ...findCorrectionCascades(graph, links),
    ...feedbackLoops,
    ...findUnderutilizedFeatures(graph),
    ...findUnstableDependencies(graph),
    ...undeclared.findings,
    ...findOrphans(graph),
  ];
  const rank = new Map<string, number>(SIGNAL_KINDS.map((k, i) => [k, i]));
  findings.sort((a, b) => rank.get(a.kind)! - rank.get(b.kind)! || compareIds(a.fingerprint, b.fingerprint));

  const byKind: Record<GraphSignalKind, number> = {
    CORRECTION_CASCADE: 0,
    FEEDBACK_LOOP: 0,
    UNDERUTILIZED_FEATURE: 0,
    UNSTABLE_DEPENDENCY: 0,
    UNDECLARED_CONSUMER: 0,
    ORPHAN: 0,
  };
  for (const f of findings) byKind[f.kind]++;

  return {
    findings,
    stats: {
      entities: graph.nodeCount + graph.archived.size,
      archivedEntities: graph.archived.size,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      ignoredRelations: graph.ignoredRelations.length,
      inactiveRelations: graph.inactiveRelations.length,
      duplicateRelations: graph.duplicateRelations,
      cyclicComponents: feedbackLoops.length,
      entitiesInCycles: feedbackLoops.reduce((sum, f) => sum + f.evidence.members.length, 0),
      cascadeLinks: links.count,
      usageConsidered: undeclared.usageConsidered,
      findings: findings.length,
      byKind,
    },
  };
}
