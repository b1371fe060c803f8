// A live feature nothing live reads. Retired models still count as evidence, even once archived
// (retiring a model archives it), so the finding can say "only retired models read this" rather
// than "nothing ever did"; archived models of any other lifecycle are ignored like all archived
// entities. Links to retired models are not lineage (build-graph.ts keeps them aside), so they
// are read from the relations set aside. Unstable sources feeding the feature are folded in here
// (unstable.ts reports no unstable dependency for a feature nobody reads).
import { KIND_INDEX, RELATION_INDEX, isActive, refOf, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { compareIds, fingerprint } from "./fingerprint";
import type { EntityRef, FindingOfKind, GraphEntity } from "./types";
import { unstableReasons } from "./unstable";

export function findUnderutilizedFeatures(graph: CatalogueGraph): FindingOfKind<"UNDERUTILIZED_FEATURE">[] {
  const { nodes, nodeKind, outStart, edgeTo, edgeKind, inStart, inEdge, edgeFrom } = graph;
  const archivedRetiredUsers = new Map<string, GraphEntity[]>();
  for (const r of [...graph.ignoredRelations, ...graph.inactiveRelations]) {
    if (r.kind !== "MODEL_USES_FEATURE") continue;
    const liveIndex = graph.indexOf.get(r.toId);
    const model = liveIndex !== undefined ? nodes[liveIndex] : graph.archived.get(r.toId);
    if (!model || model.kind !== "MODEL" || model.lifecycle !== "RETIRED") continue;
    const list = archivedRetiredUsers.get(r.fromId);
    if (list) list.push(model);
    else archivedRetiredUsers.set(r.fromId, [model]);
  }

  const findings: FindingOfKind<"UNDERUTILIZED_FEATURE">[] = [];
  for (let f = 0; f < graph.nodeCount; f++) {
    const feature = nodes[f]!;
    if (nodeKind[f] !== KIND_INDEX.FEATURE || !isActive(feature)) continue;
    let activeUse = false;
    const retired = new Map<string, GraphEntity>();
    for (let e = outStart[f]!; e < outStart[f + 1]!; e++) {
      const m = edgeTo[e]!;
      if (edgeKind[e] !== RELATION_INDEX.MODEL_USES_FEATURE || nodeKind[m] !== KIND_INDEX.MODEL) continue;
      const model = nodes[m]!;
      if (model.lifecycle === "RETIRED") retired.set(model.id, model);
      else {
        activeUse = true;
        break;
      }
    }
    if (activeUse) continue;
    for (const model of archivedRetiredUsers.get(feature.id) ?? []) retired.set(model.id, model);

    const retiredUsers: EntityRef[] = [...retired.values()].sort((a, b) => compareIds(a.id, b.id)).map(refOf);
    const onlyRetired = retiredUsers.length > 0;
    const unstableInputs: EntityRef[] = [];
    for (let i = inStart[f]!; i < inStart[f + 1]!; i++) {
      const e = inEdge[i]!;
      const input = nodes[edgeFrom[e]!]!;
      if (
        edgeKind[e] === RELATION_INDEX.FEATURE_FROM_SOURCE &&
        input.kind === "DATA_SOURCE" &&
        unstableReasons(input).length > 0
      )
        unstableInputs.push(refOf(input));
    }
    findings.push({
      kind: "UNDERUTILIZED_FEATURE",
      categoryKey: CATEGORY_OF_SIGNAL.UNDERUTILIZED_FEATURE,
      title: onlyRetired
        ? `Feature ${feature.name} is read only by retired models`
        : `Feature ${feature.name} is read by no model`,
      memberIds: [feature.id],
      primaryId: feature.id,
      evidence: {
        feature: refOf(feature),
        reason: onlyRetired ? "retired-users-only" : "no-users",
        retiredUsers,
        ...(unstableInputs.length > 0 ? { unstableInputs } : {}),
      },
      // Only the feature: a retired reader appearing or going is the same unused feature.
      fingerprint: fingerprint("UNDERUTILIZED_FEATURE", [feature.id]),
    });
  }
  return findings;
}
