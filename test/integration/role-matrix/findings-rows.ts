// Rows for findings triage (lib/server/findings/triage.ts): accepting a finding with a
// justification, and reopening an accepted one. The finding's team's maintainers may (and
// admins); members read findings but do not decide about their team's debt; a finding with no
// team is for admins.
//
// Accepting and reopening one finding are also POST /api/v1/findings/{id}/accept and /reopen (the
// same definitions); a team token acts as its team's maintainer. Accepting many at once has no
// endpoint (the API takes one finding per call).
//
// The findings made here are of kind STALE_ASSESSMENT, which a graph recompute (run by other
// files in parallel) never reconciles, so nothing resolves them under a row's feet.
import { POST as acceptPost } from "@/app/api/v1/findings/[id]/accept/route";
import { POST as reopenPost } from "@/app/api/v1/findings/[id]/reopen/route";
import { acceptFinding, acceptFindings, reopenFinding } from "@/lib/server/findings/triage";
import { db } from "@/lib/server/db/client";
import { uniq } from "../support/people";
import type { ApiCall, Attempt, MatrixRow } from "./types";

const TRIAGERS = ["admin", "maintainer"] as const;
const TRIAGERS_API = [...TRIAGERS, "teamToken"] as const;

const triageCall =
  (verb: "accept" | "reopen") =>
  ({ input }: Attempt): ApiCall => {
    const id = String(input.signalId);
    return {
      handler: verb === "accept" ? acceptPost : reopenPost,
      method: "POST",
      path: `/api/v1/findings/${id}/${verb}`,
      params: { id },
      body: { justification: verb === "accept" ? input.justification : "Reopened in the role matrix: it came back." },
    };
  };
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
    apiAllowed: TRIAGERS_API,
    api: triageCall("accept"),
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
    api: triageCall("accept"),
  },
  {
    name: "findings.reopen",
    action: reopenFinding,
    allowed: TRIAGERS,
    apiAllowed: TRIAGERS_API,
    api: triageCall("reopen"),
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
