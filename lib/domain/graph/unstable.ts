// Unstable data dependencies, grouped by cause: one finding per live data source whose content
// can change under its readers (unversioned, or deprecated), listing every live feature computed
// from it and the live models reading those features, with their teams. One source feeding 20
// features is one problem to fix (version it), not 20.
//
// What is reported elsewhere is not repeated here:
// - a model's output used as a feature is a correction cascade (another model reads it) or a
//   feedback loop (the model reads it back), never also an unstable dependency;
// - a feature no live model reads is an underutilized feature; its unstable inputs are folded
//   into that finding (UnderutilizedEvidence.unstableInputs), and a source feeding only such
//   features yields no unstable finding.
import { KIND_INDEX, RELATION_INDEX, isActive, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { canonicalSet, fingerprint } from "./fingerprint";
import type { FindingOfKind, GraphEntity, OwnedRef, RelationOrigin, UnstableReason } from "./types";

export function unstableReasons(source: GraphEntity): UnstableReason[] {
  const reasons: UnstableReason[] = [];
  if (source.versioned !== true) reasons.push("unversioned-source");
  if (source.lifecycle === "DEPRECATED") reasons.push("deprecated-source");
  return reasons;
}

/** Live models (active edges only) reading feature f. */
export function activeReaders(graph: CatalogueGraph, f: number): number[] {
  const readers: number[] = [];
  for (let e = graph.outStart[f]!; e < graph.outStart[f + 1]!; e++) {
    const m = graph.edgeTo[e]!;
    if (graph.edgeKind[e] === RELATION_INDEX.MODEL_USES_FEATURE && graph.nodeKind[m] === KIND_INDEX.MODEL)
      readers.push(m);
  }
  return readers;
}

export function findUnstableDependencies(graph: CatalogueGraph): FindingOfKind<"UNSTABLE_DEPENDENCY">[] {
  const { nodes, nodeKind, outStart, edgeTo, edgeKind, edgeDeclared } = graph;
  const owned = (v: number): OwnedRef => {
    const e = nodes[v]!;
    return { id: e.id, kind: e.kind, name: e.name, teamId: e.teamId };
  };
  const findings: FindingOfKind<"UNSTABLE_DEPENDENCY">[] = [];
  for (let s = 0; s < graph.nodeCount; s++) {
    const source = nodes[s]!;
    if (nodeKind[s] !== KIND_INDEX.DATA_SOURCE || !isActive(source)) continue;
    const reasons = unstableReasons(source);
    if (reasons.length === 0) continue;

    const features: (OwnedRef & { origin: RelationOrigin })[] = [];
    const models = new Map<number, OwnedRef>();
    // Out-edges are sorted by target, so features come in id order.
    for (let e = outStart[s]!; e < outStart[s + 1]!; e++) {
      const f = edgeTo[e]!;
      if (edgeKind[e] !== RELATION_INDEX.FEATURE_FROM_SOURCE || nodeKind[f] !== KIND_INDEX.FEATURE) continue;
      if (!isActive(nodes[f]!)) continue;
      const readers = activeReaders(graph, f);
      if (readers.length === 0) continue; // folded into the feature's underutilized finding
      features.push({ ...owned(f), origin: edgeDeclared[e] === 1 ? "DECLARED" : "OBSERVED" });
      for (const m of readers) if (!models.has(m)) models.set(m, owned(m));
    }
    if (features.length === 0) continue;

    const modelRefs = [...models.entries()].sort((a, b) => a[0] - b[0]).map(([, ref]) => ref);
    const teams = new Set<string | null>([...features, ...modelRefs].map((r) => r.teamId));
    const teamIds = [
      ...canonicalSet([...teams].filter((t): t is string => t !== null)),
      ...(teams.has(null) ? [null] : []),
    ];
    const what = reasons.includes("unversioned-source") ? "Unversioned" : "Deprecated";
    findings.push({
      kind: "UNSTABLE_DEPENDENCY",
      categoryKey: CATEGORY_OF_SIGNAL.UNSTABLE_DEPENDENCY,
      title:
        `${what} source ${source.name} feeds ${features.length} feature${features.length === 1 ? "" : "s"}` +
        (modelRefs.length > 0 ? ` read by ${modelRefs.length} model${modelRefs.length === 1 ? "" : "s"}` : ""),
      memberIds: [source.id, ...features.map((f) => f.id)],
      // The source's owners fix it (version it, replace it); the evidence names everyone affected.
      primaryId: source.id,
      evidence: { input: owned(s), reasons, features, models: modelRefs, teamIds },
      fingerprint: unstableFingerprint(source.id),
    });
  }
  return findings;
}

export function unstableFingerprint(sourceId: string): string {
  return fingerprint("UNSTABLE_DEPENDENCY", ["source", sourceId]);
}

/** The fingerprint of the per-edge finding this rule reported before grouping (input, feature). */
export function legacyUnstableFingerprint(inputId: string, featureId: string): string {
  return fingerprint("UNSTABLE_DEPENDENCY", [inputId, featureId]);
}
