// Triage: accept a finding with a written justification (kept with who and when, like a
// Soundcheck exemption), or reopen an accepted one. Maintainers of the finding's team may; a
// finding with no team (an orphan's, say) is for admins. Both are audited with the change.
import "server-only";
import { z } from "zod";
import { can, type Principal } from "@/lib/domain/auth/permissions";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, type Tx } from "@/lib/server/db/client";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/server/errors";

export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 2000;

const acceptSchema = z.object({
  signalId: z.string().trim().min(1, "Choose a finding."),
  justification: z
    .string()
    .trim()
    .min(JUSTIFICATION_MIN, `Say why this is acceptable, in at least ${JUSTIFICATION_MIN} characters.`)
    .max(JUSTIFICATION_MAX, `Keep it under ${JUSTIFICATION_MAX} characters.`),
});
const reopenReason = z
  .string()
  .trim()
  .min(JUSTIFICATION_MIN, `Say why this needs attention again, in at least ${JUSTIFICATION_MIN} characters.`)
  .max(JUSTIFICATION_MAX, `Keep it under ${JUSTIFICATION_MAX} characters.`);
const reopenSchema = z.object({
  signalId: z.string().trim().min(1, "Choose a finding."),
  /** Why it needs attention again, kept in the audit trail: the API asks for one, the page's button sends none. */
  justification: reopenReason.optional(),
});
/** The API's bodies for POST /findings/{id}/accept and /reopen (the id is the path's): a justification each. */
export const acceptFindingBody = acceptSchema.omit({ signalId: true });
export const reopenFindingBody = z.object({ justification: reopenReason });

export interface TriagedFinding {
  id: string;
  title: string;
  status: "OPEN" | "ACCEPTED";
}

/** The team is the stored finding's, never the form's. */
async function teamOfSignal(input: { signalId: string }): Promise<string | null> {
  return (await db().signal.findUnique({ where: { id: input.signalId }, select: { teamId: true } }))?.teamId ?? null;
}

export const acceptFinding: ActionDefinition<typeof acceptSchema, TriagedFinding> = {
  schema: acceptSchema,
  permission: "signal:triage",
  teamOf: teamOfSignal,
  run: (input, { principal }) => setStatus(input.signalId, principal, { accept: input.justification }),
  success: (r) => `Accepted “${r.title}”.`,
};

export const reopenFinding: ActionDefinition<typeof reopenSchema, TriagedFinding> = {
  schema: reopenSchema,
  permission: "signal:triage",
  teamOf: teamOfSignal,
  run: (input, { principal }) =>
    setStatus(input.signalId, principal, { accept: null, reason: input.justification ?? null }),
  success: (r) => `Reopened “${r.title}”.`,
};

const justification = acceptSchema.shape.justification;
export const BULK_ACCEPT_MAX = 200;
const bulkAcceptSchema = z.object({
  // One checked box arrives as a string, several as an array.
  signalIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string().trim().min(1))
      .min(1, "Choose at least one finding.")
      .max(BULK_ACCEPT_MAX, `Accept at most ${BULK_ACCEPT_MAX} findings at once.`),
  ),
  justification,
});

export interface BulkTriaged {
  accepted: number;
}

/**
 * Accepts several open findings with one justification, all or nothing: every finding must exist,
 * be open, and belong to a team the principal may triage for (checked per finding, not only the
 * first one's team that defineAction checks).
 */
export const acceptFindings: ActionDefinition<typeof bulkAcceptSchema, BulkTriaged> = {
  schema: bulkAcceptSchema,
  permission: "signal:triage",
  teamOf: (input) => teamOfSignal({ signalId: input.signalIds[0] ?? "" }),
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const ids = [...new Set(input.signalIds)].sort();
      const signals = await tx.signal.findMany({
        where: { id: { in: ids } },
        select: { id: true, teamId: true, title: true },
      });
      if (signals.length !== ids.length) throw new NotFoundError("Some of those findings");
      for (const s of signals)
        if (!can(principal, "signal:triage", { teamId: s.teamId }))
          throw new ForbiddenError(`You may not accept “${s.title}”; nothing was accepted.`);
      for (const id of ids) await setStatusIn(tx, id, principal, { accept: input.justification });
      return { accepted: ids.length };
    }),
  success: (r) => `Accepted ${r.accepted} finding${r.accepted === 1 ? "" : "s"}.`,
};

/** Accept with this justification, or (null) reopen, optionally saying why. */
type Change = { accept: string | null; reason?: string | null };

async function setStatus(signalId: string, principal: Principal, change: Change): Promise<TriagedFinding> {
  return db().$transaction((tx) => setStatusIn(tx, signalId, principal, change));
}

async function setStatusIn(tx: Tx, signalId: string, principal: Principal, change: Change): Promise<TriagedFinding> {
  // Row lock: a recompute or a second click waits rather than interleaving.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Signal" WHERE "id" = ${signalId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("That finding");
  const before = await tx.signal.findUniqueOrThrow({
    where: { id: signalId },
    select: {
      id: true,
      title: true,
      status: true,
      teamId: true,
      justification: true,
      acceptedById: true,
      acceptedAt: true,
    },
  });
  const accepting = change.accept !== null;
  if (before.status === "RESOLVED")
    throw new AppError("conflict", "This finding is resolved: the shape is gone from the catalogue.");
  if (accepting && before.status === "ACCEPTED") throw new AppError("conflict", "This finding is already accepted.");
  if (!accepting && before.status === "OPEN") throw new AppError("conflict", "This finding is already open.");
  const acceptedAt = accepting ? new Date() : null;
  const after = await tx.signal.update({
    where: { id: signalId },
    data: accepting
      ? { status: "ACCEPTED", justification: change.accept, acceptedById: principal.userId, acceptedAt }
      : { status: "OPEN", justification: null, acceptedById: null, acceptedAt: null },
    select: { status: true, justification: true, acceptedById: true, acceptedAt: true },
  });
  await recordAuditEvent(tx, {
    actor: principal,
    action: accepting ? "signal.accept" : "signal.reopen",
    targetType: "Signal",
    targetId: signalId,
    teamId: before.teamId,
    before: {
      title: before.title,
      status: before.status,
      justification: before.justification,
      acceptedAt: before.acceptedAt?.toISOString() ?? null,
    },
    after: {
      status: after.status,
      justification: after.justification,
      ...(change.reason ? { reason: change.reason } : {}),
      acceptedAt: after.acceptedAt?.toISOString() ?? null,
    },
  });
  return { id: before.id, title: before.title, status: accepting ? "ACCEPTED" : "OPEN" };
}
