// Live entities no team owns: nobody will answer for them in a review. A consumer known only
// from observed usage (declared: false) is an undeclared consumer, reported as that while its
// usage is recent, and never also as an orphan (nor once its usage has aged out).
import { KIND_LABELS } from "@/lib/domain/kinds";
import { isActive, refOf, type CatalogueGraph } from "./build-graph";
import { CATEGORY_OF_SIGNAL } from "./categories";
import { fingerprint } from "./fingerprint";
import type { FindingOfKind } from "./types";

export function findOrphans(graph: CatalogueGraph): FindingOfKind<"ORPHAN">[] {
  const findings: FindingOfKind<"ORPHAN">[] = [];
  for (const entity of graph.nodes) {
    if (entity.teamId !== null || !isActive(entity)) continue;
    if (entity.kind === "CONSUMER" && entity.declared === false) continue;
    findings.push({
      kind: "ORPHAN",
      categoryKey: CATEGORY_OF_SIGNAL.ORPHAN,
      title: `${KIND_LABELS[entity.kind].one} ${entity.name} has no owning team`,
      memberIds: [entity.id],
      primaryId: entity.id,
      evidence: { entity: refOf(entity), lifecycle: entity.lifecycle },
      fingerprint: fingerprint("ORPHAN", [entity.id]),
    });
  }
  return findings;
}
