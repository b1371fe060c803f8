// Every Postgres advisory-lock key the application takes, in one place, so that no two features
// pick the same number by accident and a reader can see what serialises with what. Keys are
// 32-bit integers (pg_advisory_lock(bigint)); the 7270736x range is ours, except the first,
// which is Prisma's own migrate lock (the migration runner takes it so it excludes
// `prisma migrate deploy`). The keys are checked for uniqueness when this module loads. The job
// queue (pg-boss, lib/server/jobs) takes its own transaction locks on hashtext('<schema>…') keys
// inside its "pgboss" schema's statements; they are not listed here.
import type { Tx } from "./client";

export const ADVISORY_LOCKS = {
  /** Applying migrations (lib/server/db/migrate.ts): the key `prisma migrate` itself uses. */
  prismaMigrate: 72707369,
  /** Loading checklist content (lib/server/seed/load-checklist.ts): one loader at a time. */
  loadChecklist: 72707370,
  /**
   * Writing ScoreSnapshot rows: the day's full recompute (record-score-snapshots.ts) and the
   * submit's delta update (update-today-snapshots.ts) serialise on it.
   */
  scoreSnapshots: 72707371,
  /**
   * Maintaining the current-state tables (lib/server/scoring/sync-current-scores.ts): a submit,
   * archive, re-own or import moves PooledScore by a delta computed under it; the findings
   * recompute takes it (after findingsRecompute) to update the hotspot scores kept there. Taken
   * after scoreSnapshots when a transaction takes both.
   */
  currentScores: 72707372,
  /** Accepting a first-admin (bootstrap) invitation: at most one succeeds while there is no admin. */
  bootstrapAdmin: 72707374,
  /** Changing a target rating (lib/server/gates/set-rating-target.ts): one live version per target. */
  ratingTargets: 72707373,
  /** Recording OpenLineage events (lib/server/catalog/record-lineage.ts): two batches naming the same new dataset never race. */
  lineageEvents: 72707375,
  /** The findings recompute (lib/server/findings/recompute-findings.ts), across processes. */
  findingsRecompute: 0x64656274, // "debt"
} as const;

export type AdvisoryLock = keyof typeof ADVISORY_LOCKS;

if (new Set(Object.values(ADVISORY_LOCKS)).size !== Object.keys(ADVISORY_LOCKS).length)
  throw new Error("Two advisory locks share a key (lib/server/db/advisory-locks.ts).");

/** Takes the lock until the transaction ends (pg_advisory_xact_lock); a session holding it already gets it again. */
export async function lockForTransaction(tx: Tx, lock: AdvisoryLock): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS[lock]})`;
}
