// What every submission does once its row holds the frozen sums, shared by the checklist's
// submit (submit-assessment.ts) and the API's one-shot submit (submit-complete.ts): move
// today's score snapshots by the difference from the entity's previous latest assessment and
// write the audit event, inside the submit's transaction.
import "server-only";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { Rubric } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db, Tx } from "@/lib/server/db/client";
import { updateTodaySnapshots } from "./update-today-snapshots";

/** The entity's latest submitted assessment with its frozen sums (the predecessor of a submit). */
export async function latestWithSums(db: Db | Tx, entityId: string, rubric: Rubric) {
  return db.assessment.findFirst({
    where: { entityId, rubric, status: "SUBMITTED" },
    orderBy: { submittedSeq: "desc" },
    select: {
      id: true,
      submittedSeq: true,
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
    },
  });
}

export type LatestWithSums = NonNullable<Awaited<ReturnType<typeof latestWithSums>>>;

/** Two submits on the same predecessor: the unique (entityId, rubric, submittedSeq) index refused the second. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export interface RecordSubmissionInput {
  principal: Principal;
  entity: { id: string; teamId: string | null };
  rubric: Rubric;
  assessmentId: string;
  latest: LatestWithSums | null;
  seq: number;
  sums: ScoreSums;
  submittedAt: Date;
  updateSnapshots?: boolean;
  /** Extra audit detail (e.g. how it was submitted). */
  audit?: Record<string, unknown>;
}

export async function recordSubmission(tx: Tx, input: RecordSubmissionInput): Promise<void> {
  const { entity, rubric, latest, sums } = input;
  if (rubric === "DEBT" && input.updateSnapshots !== false) {
    const previous = latest
      ? {
          id: latest.id,
          sums: {
            debtWeight: latest.debtWeight ?? 0,
            totalWeight: latest.totalWeight ?? 0,
            answeredCount: latest.answeredCount ?? 0,
            applicableCount: latest.applicableCount ?? 0,
            principalDays: latest.principalDays ?? 0,
          },
        }
      : null;
    await updateTodaySnapshots(tx, {
      teamId: entity.teamId,
      current: { id: input.assessmentId, sums },
      previous,
      now: input.submittedAt,
    });
  }
  await recordAuditEvent(tx, {
    actor: input.principal,
    action: "assessment.submit",
    targetType: "Assessment",
    targetId: input.assessmentId,
    teamId: entity.teamId,
    before: latest ? { supersedes: latest.id, submittedSeq: latest.submittedSeq } : null,
    after: { entityId: entity.id, rubric, submittedSeq: input.seq, ...sums, ...input.audit },
  });
}
