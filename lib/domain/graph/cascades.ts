// Correction cascades: model A's output is a feature model B reads (A → feature → B).
// Retired models and features carry no link (build-graph.ts keeps their relations aside), so a
// retired model never extends a cascade.
//
// Reporting unit: the "cascade link" graph has one edge per (upstream, downstream) model pair.
// Reporting every maximal path would be exponential on a dense graph, and every sub-path would be
// quadratic on a long chain, so the links are compacted into maximal NON-BRANCHING chains: a
// chain runs through a model only while that model has exactly one cascade input and one cascade
// output. Every link belongs to exactly one finding, so the findings are bounded by the links;
// a model where cascades fork or merge ends one chain and starts others, so two cascades sharing
// a model are both reported. A ring of models with no way in or out is reported once as a cyclic
// chain starting at its smallest id. A model reading its own output is not a cascade (it is a
// feedback loop, reported as one).
//
// The fingerprint is the model path alone: adding a second feature between the same two models
// does not make it a new finding.
import { KIND_INDEX, RELATION_INDEX, nodeRef, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { fingerprint } from "./fingerprint";
import { pathLabel } from "./labels";
import type { CascadeLink, EntityRef, FindingOfKind } from "./types";

const MODEL = KIND_INDEX.MODEL;
const FEATURE = KIND_INDEX.FEATURE;
const FROM_MODEL = RELATION_INDEX.FEATURE_FROM_MODEL;
const USES_FEATURE = RELATION_INDEX.MODEL_USES_FEATURE;

export interface CascadeLinks {
  readonly count: number;
  /** Links of model u are link ids start[u] .. start[u + 1] - 1, ordered by downstream model. */
  readonly start: Int32Array;
  readonly upstream: Int32Array;
  readonly downstream: Int32Array;
  /** The features carrying each link, in id order. */
  readonly features: readonly (readonly number[])[];
  readonly inDegree: Int32Array;
}

export function cascadeLinks(graph: CatalogueGraph): CascadeLinks {
  const n = graph.nodeCount;
  const { outStart, edgeTo, edgeKind, nodeKind } = graph;
  const start = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  const upstream: number[] = [];
  const downstream: number[] = [];
  const features: number[][] = [];
  const byDownstream = new Map<number, number[]>();

  for (let u = 0; u < n; u++) {
    if (nodeKind[u] !== MODEL) continue;
    byDownstream.clear();
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      const f = edgeTo[e]!;
      if (edgeKind[e] !== FROM_MODEL || nodeKind[f] !== FEATURE) continue;
      for (let e2 = outStart[f]!; e2 < outStart[f + 1]!; e2++) {
        const d = edgeTo[e2]!;
        if (edgeKind[e2] !== USES_FEATURE || nodeKind[d] !== MODEL || d === u) continue;
        const carried = byDownstream.get(d);
        if (carried) carried.push(f);
        else byDownstream.set(d, [f]);
      }
    }
    if (byDownstream.size === 0) continue;
    const targets = [...byDownstream.keys()].sort((a, b) => a - b);
    for (const d of targets) {
      upstream.push(u);
      downstream.push(d);
      features.push(byDownstream.get(d)!);
      inDegree[d]!++;
    }
    start[u + 1] = targets.length;
  }
  for (let u = 0; u < n; u++) start[u + 1]! += start[u]!;
  return {
    count: upstream.length,
    start,
    upstream: Int32Array.from(upstream),
    downstream: Int32Array.from(downstream),
    features,
    inDegree,
  };
}

export function findCorrectionCascades(
  graph: CatalogueGraph,
  links: CascadeLinks = cascadeLinks(graph),
): FindingOfKind<"CORRECTION_CASCADE">[] {
  const { start, downstream, inDegree } = links;
  const used = new Uint8Array(links.count);
  const passThrough = (v: number) => inDegree[v] === 1 && start[v + 1]! - start[v]! === 1;
  const findings: FindingOfKind<"CORRECTION_CASCADE">[] = [];

  for (let u = 0; u < graph.nodeCount; u++) {
    if (passThrough(u)) continue;
    for (let first = start[u]!; first < start[u + 1]!; first++) {
      const chain = [first];
      used[first] = 1;
      let v = downstream[first]!;
      while (passThrough(v)) {
        const next = start[v]!;
        chain.push(next);
        used[next] = 1;
        v = downstream[next]!;
      }
      // A chain can come back to the forking model it started from: that is a ring too.
      findings.push(toFinding(graph, links, chain, v === u));
    }
  }
  // What is left are rings of pass-through models; ascending order meets each ring at its
  // smallest id first, and each ring returns to where it started (every member has one input).
  for (let u = 0; u < graph.nodeCount; u++) {
    if (!passThrough(u) || used[start[u]!] === 1) continue;
    const chain: number[] = [];
    let v = u;
    do {
      const link = start[v]!;
      chain.push(link);
      used[link] = 1;
      v = downstream[link]!;
    } while (v !== u);
    findings.push(toFinding(graph, links, chain, true));
  }
  return findings;
}

function toFinding(
  graph: CatalogueGraph,
  links: CascadeLinks,
  chain: readonly number[],
  cyclic: boolean,
): FindingOfKind<"CORRECTION_CASCADE"> {
  const models = [links.upstream[chain[0]!]!];
  for (const link of chain) models.push(links.downstream[link]!);
  if (cyclic) models.pop();

  const path: EntityRef[] = [];
  const cascadeLinksOut: CascadeLink[] = [];
  for (const [i, link] of chain.entries()) {
    const up = links.upstream[link]!;
    const down = links.downstream[link]!;
    const carried = links.features[link]!;
    if (i === 0) path.push(nodeRef(graph, up));
    for (const f of carried) path.push(nodeRef(graph, f));
    if (!(cyclic && i === chain.length - 1)) path.push(nodeRef(graph, down));
    cascadeLinksOut.push({
      fromModelId: graph.nodes[up]!.id,
      toModelId: graph.nodes[down]!.id,
      featureIds: carried.map((f) => graph.nodes[f]!.id),
    });
  }

  const modelIds = models.map((v) => graph.nodes[v]!.id);
  const names = models.map((v) => graph.nodes[v]!.name);
  return {
    kind: "CORRECTION_CASCADE",
    categoryKey: CATEGORY_OF_SIGNAL.CORRECTION_CASCADE,
    title: cyclic ? `Correction cascade loop: ${pathLabel(names, true)}` : `Correction cascade: ${pathLabel(names)}`,
    // A feature feeding two links of one chain is listed once.
    memberIds: [...new Set(path.map((r) => r.id))],
    // The downstream end built on top of the others and carries the coupling.
    primaryId: cyclic ? modelIds[0]! : modelIds[modelIds.length - 1]!,
    evidence: { path, links: cascadeLinksOut, modelCount: models.length, cyclic },
    fingerprint: fingerprint("CORRECTION_CASCADE", [cyclic ? "ring" : "chain", ...modelIds]),
  };
}
