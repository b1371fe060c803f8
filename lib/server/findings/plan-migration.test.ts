import { describe, expect, it } from "vitest";
import { legacyUnstableFingerprint, unstableFingerprint, type Finding } from "@/lib/domain/graph";
import { planFingerprintMigration } from "./plan-migration";
import type { StoredFinding, StoredStatus } from "./plan-reconcile";

function group(sourceId: string, featureIds: string[]): Finding {
  return {
    kind: "UNSTABLE_DEPENDENCY",
    categoryKey: "unstable-data-dependencies",
    title: "t",
    memberIds: [sourceId, ...featureIds],
    primaryId: sourceId,
    evidence: {
      input: { id: sourceId, kind: "DATA_SOURCE", name: sourceId, teamId: null },
      reasons: ["unversioned-source"],
      features: [],
      models: [],
      teamIds: [],
    },
    fingerprint: unstableFingerprint(sourceId),
  };
}

const edge = (id: string, status: StoredStatus, s: string, f: string): StoredFinding => ({
  id,
  status,
  fingerprint: legacyUnstableFingerprint(s, f),
  memberIds: [s, f],
});

describe("planFingerprintMigration", () => {
  it.each<{ name: string; stored: StoredFinding[]; renamed: string | null; merged: string[] }>([
    { name: "nothing stored: nothing to map", stored: [], renamed: null, merged: [] },
    {
      name: "one accepted edge keeps its acceptance",
      stored: [edge("a", "ACCEPTED", "s1", "f1")],
      renamed: "a",
      merged: [],
    },
    {
      name: "all accepted: the group is accepted",
      stored: [edge("b", "ACCEPTED", "s1", "f2"), edge("a", "ACCEPTED", "s1", "f1")],
      renamed: "a",
      merged: ["b"],
    },
    {
      name: "one still open: the group is open",
      stored: [edge("a", "ACCEPTED", "s1", "f1"), edge("b", "OPEN", "s1", "f2")],
      renamed: "b",
      merged: ["a"],
    },
    {
      name: "resolved edges are history, not carried",
      stored: [edge("a", "RESOLVED", "s1", "f1"), edge("b", "ACCEPTED", "s1", "f2")],
      renamed: "b",
      merged: [],
    },
    {
      name: "another source's edges are not this group's",
      stored: [edge("a", "ACCEPTED", "s2", "f1")],
      renamed: null,
      merged: [],
    },
    {
      name: "the group already stored: nothing to map",
      stored: [
        { id: "g", status: "OPEN", fingerprint: unstableFingerprint("s1"), memberIds: ["s1", "f1"] },
        edge("a", "ACCEPTED", "s1", "f1"),
      ],
      renamed: null,
      merged: [],
    },
  ])("$name", ({ stored, renamed, merged }) => {
    const plan = planFingerprintMigration(stored, [group("s1", ["f1", "f2"])]);
    expect(plan.renames).toEqual(renamed ? [{ id: renamed, fingerprint: unstableFingerprint("s1") }] : []);
    expect(plan.merges).toEqual(merged.length ? [{ fromIds: merged, intoId: renamed }] : []);
  });
});
