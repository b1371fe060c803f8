// Triage: accept a finding with a written justification (kept with who and when, like a
// Soundcheck exemption), or reopen an accepted one. Maintainers of the finding's team may; a
// finding with no team (an orphan's, say) is for admins. Both are audited with the change.
import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { AppError, NotFoundError } from "@/lib/server/errors";

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
const reopenSchema = z.object({ signalId: z.string().trim().min(1, "Choose a finding.") });

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
  run: (input, { principal }) => setStatus(input.signalId, principal, { accept: null }),
  success: (r) => `Reopened “${r.title}”.`,
};

async function setStatus(
  signalId: string,
  principal: Principal,
  change: { accept: string | null },
): Promise<TriagedFinding> {
  return db().$transaction(async (tx) => {
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
        acceptedAt: after.acceptedAt?.toISOString() ?? null,
      },
    });
    return { id: before.id, title: before.title, status: accepting ? "ACCEPTED" : "OPEN" };
  });
}
