// Findings were once reported per edge and are now grouped by cause (lib/domain/graph/unstable.ts:
// one finding per unstable source instead of one per source → feature link). So that a team's
// triage survives the regrouping, a recompute first maps stored per-edge findings onto the group
// that replaces them: one of them takes the group's fingerprint (keeping its id, status,
// justification, answers and action items), and the rest are merged into it (their action items
// move to it; the reconcile then resolves them as gone). The group stays ACCEPTED only when every
// live finding it replaces was accepted; one still open makes the group open. Pure, so the rule
// is testable without a database; recompute-findings.ts applies it before reconciling.
import { legacyUnstableFingerprint, type Finding } from "@/lib/domain/graph";
import type { StoredFinding } from "./plan-reconcile";

export interface FingerprintMigration {
  /** Stored rows that take a group's fingerprint. */
  renames: { id: string; fingerprint: string }[];
  /** Stored rows folded into a renamed one: their links move to `intoId`. */
  merges: { fromIds: string[]; intoId: string }[];
}

/** The fingerprints a finding replaces, from before grouping by cause. */
export function legacyFingerprints(finding: Finding): string[] {
  if (finding.kind !== "UNSTABLE_DEPENDENCY") return [];
  const [sourceId, ...featureIds] = finding.memberIds;
  return sourceId === undefined ? [] : featureIds.map((f) => legacyUnstableFingerprint(sourceId, f));
}

export function planFingerprintMigration(
  stored: readonly StoredFinding[],
  found: readonly Finding[],
): FingerprintMigration {
  const byFingerprint = new Map(stored.map((s) => [s.fingerprint, s]));
  const plan: FingerprintMigration = { renames: [], merges: [] };
  const taken = new Set<string>();
  for (const finding of found) {
    if (byFingerprint.has(finding.fingerprint)) continue;
    const legacy = legacyFingerprints(finding)
      .map((fp) => byFingerprint.get(fp))
      .filter((s): s is StoredFinding => s !== undefined && s.status !== "RESOLVED" && !taken.has(s.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (legacy.length === 0) continue;
    const allAccepted = legacy.every((s) => s.status === "ACCEPTED");
    const keep = (allAccepted ? legacy : legacy.filter((s) => s.status === "OPEN"))[0]!;
    for (const s of legacy) taken.add(s.id);
    plan.renames.push({ id: keep.id, fingerprint: finding.fingerprint });
    const rest = legacy.filter((s) => s.id !== keep.id).map((s) => s.id);
    if (rest.length > 0) plan.merges.push({ fromIds: rest, intoId: keep.id });
  }
  return plan;
}
