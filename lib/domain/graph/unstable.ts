// A live feature computed from something whose behaviour can change under it: an unversioned
// source or another model's output. One finding per (input, feature) edge, so a team can accept
// one risky input without hiding the next one added.
import { KIND_INDEX, RELATION_INDEX, isActive, refOf, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { fingerprint } from "./fingerprint";
import type { FindingOfKind } from "./types";

export function findUnstableDependencies(graph: CatalogueGraph): FindingOfKind<"UNSTABLE_DEPENDENCY">[] {
  const { nodes, nodeKind, inStart, inEdge, edgeFrom, edgeKind, edgeDeclared } = graph;
  const findings: FindingOfKind<"UNSTABLE_DEPENDENCY">[] = [];
  for (let f = 0; f < graph.nodeCount; f++) {
    const feature = nodes[f]!;
    if (nodeKind[f] !== KIND_INDEX.FEATURE || !isActive(feature)) continue;
    for (let i = inStart[f]!; i < inStart[f + 1]!; i++) {
      const e = inEdge[i]!;
      const input = nodes[edgeFrom[e]!]!;
      let reason: "unversioned-source" | "model-output";
      if (
        edgeKind[e] === RELATION_INDEX.FEATURE_FROM_SOURCE &&
        input.kind === "DATA_SOURCE" &&
        input.versioned !== true
      ) {
        reason = "unversioned-source";
      } else if (edgeKind[e] === RELATION_INDEX.FEATURE_FROM_MODEL && input.kind === "MODEL") {
        reason = "model-output";
      } else continue;
      findings.push({
        kind: "UNSTABLE_DEPENDENCY",
        categoryKey: CATEGORY_OF_SIGNAL.UNSTABLE_DEPENDENCY,
        title:
          reason === "model-output"
            ? `Feature ${feature.name} is computed from model ${input.name}'s output`
            : `Feature ${feature.name} reads unversioned source ${input.name}`,
        memberIds: [input.id, feature.id],
        primaryId: feature.id,
        evidence: {
          feature: refOf(feature),
          input: refOf(input),
          reason,
          origin: edgeDeclared[e] === 1 ? "DECLARED" : "OBSERVED",
        },
        fingerprint: fingerprint("UNSTABLE_DEPENDENCY", [input.id, feature.id]),
      });
    }
  }
  return findings;
}
