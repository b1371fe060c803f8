// What a recompute changes, decided in memory before anything is written: which findings are
// new, which stored ones are still there (and whether they come back from RESOLVED or their
// members moved), and which vanished. Pure, so the rules are testable without a database.
import type { Finding } from "@/lib/domain/graph";

export type StoredStatus = "OPEN" | "ACCEPTED" | "RESOLVED";

export interface StoredFinding {
  id: string;
  fingerprint: string;
  status: StoredStatus;
  /** In position order. */
  memberIds: readonly string[];
}

export interface ReconcilePlan {
  create: Finding[];
  /** Still present: lastSeenAt and evidence refreshed; `reopen` when it had been resolved. */
  refresh: { id: string; finding: Finding; reopen: boolean; membersChanged: boolean }[];
  /** Gone from the graph and not yet resolved. */
  resolve: string[];
}

export function planReconcile(stored: readonly StoredFinding[], found: readonly Finding[]): ReconcilePlan {
  const byFingerprint = new Map(stored.map((s) => [s.fingerprint, s]));
  const seen = new Set<string>();
  const plan: ReconcilePlan = { create: [], refresh: [], resolve: [] };
  for (const finding of found) {
    // Fingerprints are unique per analysis; a repeat would only be bad input, keep the first.
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    const existing = byFingerprint.get(finding.fingerprint);
    if (!existing) {
      plan.create.push(finding);
      continue;
    }
    plan.refresh.push({
      id: existing.id,
      finding,
      reopen: existing.status === "RESOLVED",
      membersChanged: !sameList(existing.memberIds, finding.memberIds),
    });
  }
  for (const s of stored) if (!seen.has(s.fingerprint) && s.status !== "RESOLVED") plan.resolve.push(s.id);
  return plan;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
