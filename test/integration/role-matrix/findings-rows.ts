// Rows for findings triage (lib/server/findings/triage.ts): accepting a finding with a
// justification, and reopening an accepted one. The finding's team's maintainers may (and
// admins); members read findings but do not decide about their team's debt; a finding with no
// team is for admins.
//
// No API rows: /api/v1 has no findings endpoints (triage happens on the findings and lineage
// pages only).
//
// The findings made here are of kind STALE_ASSESSMENT, which a graph recompute (run by other
// files in parallel) never reconciles, so nothing resolves them under a row's feet.
import { acceptFinding, acceptFindings, reopenFinding } from "@/lib/server/findings/triage";
import { db } from "@/lib/server/db/client";
import { uniq } from "../support/people";
import type { MatrixRow } from "./types";

const TRIAGERS = ["admin", "maintainer"] as const;
const justification = "Accepted in the role matrix: the owners know and have planned it.";

async function finding(teamId: string | null, accepted: boolean) {
  const fingerprint = uniq("matrix-finding");
  return db().signal.create({
    data: {
      kind: "STALE_ASSESSMENT",
      fingerprint,
      teamId,
      title: `Matrix finding ${fingerprint}`,
      ...(accepted ? { status: "ACCEPTED" as const, justification, acceptedAt: new Date() } : {}),
    },
    select: { id: true },
  });
}

const findingState = async (id: string) => ({
  signal: await db().signal.findUnique({
    where: { id },
    select: { status: true, justification: true, acceptedById: true, acceptedAt: true },
  }),
  audit: await db().auditEvent.count({ where: { targetId: id } }),
});

export const findingsRows: MatrixRow[] = [
  {
    name: "findings.accept",
    action: acceptFinding,
    allowed: TRIAGERS,
    prepare: async (world) => {
      const s = await finding(world.team.id, false);
      return { input: { signalId: s.id, justification }, state: () => findingState(s.id) };
    },
  },
  {
    name: "findings.accept (a finding with no team)",
    action: acceptFinding,
    allowed: ["admin"],
    prepare: async () => {
      const s = await finding(null, false);
      return { input: { signalId: s.id, justification }, state: () => findingState(s.id) };
    },
  },
  {
    name: "findings.reopen",
    action: reopenFinding,
    allowed: TRIAGERS,
    prepare: async (world) => {
      const s = await finding(world.team.id, true);
      return { input: { signalId: s.id }, state: () => findingState(s.id) };
    },
  },
  {
    name: "findings.accept-many",
    action: acceptFindings,
    allowed: TRIAGERS,
    prepare: async (world) => {
      const [a, b] = [await finding(world.team.id, false), await finding(world.team.id, false)];
      return {
        input: { signalIds: [a.id, b.id], justification },
        state: async () => [await findingState(a.id), await findingState(b.id)],
      };
    },
  },
  {
    name: "findings.accept-many (one finding has no team)",
    action: acceptFindings,
    allowed: ["admin"],
    prepare: async (world) => {
      const [a, b] = [await finding(world.team.id, false), await finding(null, false)];
      return {
        input: { signalIds: [a.id, b.id], justification },
        state: async () => [await findingState(a.id), await findingState(b.id)],
      };
    },
  },
];
