// The one submit path, shared by the checklist's submit of a draft (submit-assessment.ts) and the
// API's one-shot submit (submit-complete.ts). Inside the caller's transaction it reads the
// entity's latest submitted assessment, lets resolveSubmit decide (the only sequencing rule:
// build on the latest, seq = its seq + 1), freezes the five sums from the live items and the
// answers (sumAnswers; unanswered live items count as applicable, docs/scoring.md §2) beside the
// latest's moment and sums (prev*, which the 30/90-day change reads), has the caller write the
// row, then moves today's score snapshots by the difference from the previous latest assessment,
// tells the team's webhooks when the entity's gate changed (in the same transaction) and writes
// the audit event.
//
// Two submits on the same predecessor compute the same seq; the unique index (entityId, rubric,
// submittedSeq) lets exactly one commit. submitTransaction turns the loser's unique violation
// into the same "superseded" answer a stale draft gets, after its transaction rolled back.
import "server-only";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import { sumAnswers, type ScoreSums } from "@/lib/domain/scoring/score";
import { resolveSubmit } from "@/lib/domain/scoring/submit-sequence";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db, Tx } from "@/lib/server/db/client";
import { latestSubmitted, type LatestSubmitted } from "./latest-submitted";
import type { LiveItem } from "./live-items";
import { supersededBy } from "./superseded";
import { updateTodaySnapshots } from "./update-today-snapshots";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { previousSumsOf, type PreviousSums } from "@/lib/server/scoring/previous-sums.sql";
import { emitGateChangeOnSubmit } from "@/lib/server/webhooks/gate-events";

export interface FreezeSubmissionInput {
  principal: Principal;
  entity: { id: string; teamId: string | null };
  rubric: Rubric;
  /**
   * The seq of the submitted assessment the submission builds on (null: none, a first
   * assessment); "latest": whatever is latest now (the API without basedOnSeq).
   */
  basedOnSeq: number | null | "latest";
  /** The live items the submission answers (liveItems). */
  items: readonly LiveItem[];
  /** The answer per item id; an item without one is unanswered. */
  values: ReadonlyMap<string, AnswerValue>;
  /** Writes the SUBMITTED row with these frozen fields (its predecessor is `latest`); returns its id. */
  write: (frozen: FrozenFields, latest: LatestSubmitted | null) => Promise<string>;
  /** Move today's ORG/TEAM score snapshots with the new score (default true). */
  updateSnapshots?: boolean;
  /** Extra audit detail (e.g. how it was submitted). */
  audit?: Record<string, unknown>;
}

/**
 * What a submitted row freezes: its place in the sequence, its moment, its sums and the moment and
 * sums of the assessment it supersedes (previous-sums.sql.ts; all null for a first assessment).
 */
export interface FrozenFields extends ScoreSums, PreviousSums {
  submittedSeq: number;
  submittedAt: Date;
}

export interface FrozenSubmission {
  assessmentId: string;
  submittedSeq: number;
  submittedAt: Date;
  sums: ScoreSums;
}

export async function freezeSubmission(tx: Tx, input: FreezeSubmissionInput): Promise<FrozenSubmission> {
  const { entity, rubric } = input;
  const latest = await latestSubmitted(tx, entity.id, rubric);
  const latestSeq = latest?.submittedSeq ?? null;
  const decision = resolveSubmit(latestSeq, input.basedOnSeq === "latest" ? latestSeq : input.basedOnSeq);
  if (decision.outcome === "superseded") throw await supersededBy(tx, entity.id, rubric);

  const sums = sumAnswers(
    input.items.map((i) => ({
      weight: i.weight,
      remediationDays: i.remediationDays,
      value: input.values.get(i.id) ?? null,
    })),
  );
  const submittedAt = new Date();
  // `latest` is the predecessor: the new seq is its seq + 1.
  const assessmentId = await input.write(
    { submittedSeq: decision.seq, submittedAt, ...sums, ...previousSumsOf(latest) },
    latest,
  );

  if (rubric === "DEBT" && input.updateSnapshots !== false) {
    await updateTodaySnapshots(tx, {
      teamId: entity.teamId,
      current: { id: assessmentId, sums },
      previous: latest ? { id: latest.id, sums: frozenSums(latest) } : null,
      now: submittedAt,
    });
  }
  // After the snapshots: a transaction taking both locks takes scoreSnapshots first.
  if (rubric === "DEBT") await syncCurrentScores(tx, [entity.id]);
  if (rubric === "DEBT")
    await emitGateChangeOnSubmit(tx, {
      entityId: entity.id,
      teamId: entity.teamId,
      previous: latest ? frozenSums(latest) : null,
      current: sums,
      at: submittedAt,
    });
  await recordAuditEvent(tx, {
    actor: input.principal,
    action: "assessment.submit",
    targetType: "Assessment",
    targetId: assessmentId,
    teamId: entity.teamId,
    before: latest ? { supersedes: latest.id, submittedSeq: latest.submittedSeq } : null,
    after: { entityId: entity.id, rubric, submittedSeq: decision.seq, ...sums, ...input.audit },
  });
  return { assessmentId, submittedSeq: decision.seq, submittedAt, sums };
}

/** A submitted row's frozen sums (columns are nullable only for drafts). */
function frozenSums(row: LatestSubmitted): ScoreSums {
  return {
    debtWeight: row.debtWeight ?? 0,
    totalWeight: row.totalWeight ?? 0,
    answeredCount: row.answeredCount ?? 0,
    applicableCount: row.applicableCount ?? 0,
    principalDays: row.principalDays ?? 0,
  };
}

/**
 * Runs a submit in its own transaction. A submit that lost the race for its seq at commit is
 * rolled back (the draft stays a draft, nothing is written) and answered "superseded".
 */
export async function submitTransaction<T>(
  db: Db,
  target: { entityId: string; rubric: Rubric },
  run: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    // Long enough for the once-a-day fallback to a full recompute of today's snapshots.
    return await db.$transaction(run, { timeout: 60_000, maxWait: 10_000 });
  } catch (error) {
    if (isUniqueViolation(error)) throw await supersededBy(db, target.entityId, target.rubric);
    throw error;
  }
}

/** Two submits on the same predecessor: the unique (entityId, rubric, submittedSeq) index refused the second. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
