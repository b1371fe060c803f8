export { analyze, analyzeGraph, type Analysis, type AnalysisStats } from "./analyze";
export { downstream, upstream, type Reach, type ReachOptions, type ReachedEntity } from "./blast-radius";
export { buildGraph, type CatalogueGraph } from "./build-graph";
export { cascadeLinks, findCorrectionCascades, type CascadeLinks } from "./cascades";
export { CATEGORY_OF_SIGNAL } from "./categories";
export { findFeedbackLoops } from "./feedback-loops";
export { canonicalSet, digest, fingerprint } from "./fingerprint";
export {
  DEFAULT_NEIGHBOURHOOD_MAX_NODES,
  neighbourhood,
  type Neighbourhood,
  type NeighbourhoodEdge,
  type NeighbourhoodNode,
} from "./neighbourhood";
export { findOrphans } from "./orphans";
export { stronglyConnectedComponents, type Components } from "./scc";
export { DEFAULT_UNDECLARED_WINDOW_DAYS, findUndeclaredConsumers, type UndeclaredResult } from "./undeclared";
export { USAGE_CLOCK_SKEW_MS, isFutureEvent, isStaleObserved } from "./ageing";
export { findUnderutilizedFeatures } from "./underutilized";
export { findUnstableDependencies, legacyUnstableFingerprint, unstableFingerprint } from "./unstable";
export * from "./types";
