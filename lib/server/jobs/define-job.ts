// A background job: a named, zod-validated unit of work the job queue (queue.ts) runs in some
// app process, at most as often as its policy allows across every process sharing the database.
// Register a definition by adding it to JOBS in registry.ts; enqueue work with enqueueJob()
// (app-queue.ts) or a started queue's enqueue(). README "Background jobs" has the walkthrough.
import type { z } from "zod";
import type { Db } from "@/lib/server/db/client";

export interface JobContext {
  /** The app's database client (its pool is the one the queue runs on). */
  db: Db;
  /** When this run started; pass it on instead of reading the clock again. */
  now: Date;
  jobId: string;
  /** 0 on the first attempt; a job that failed or whose process died is retried. */
  retryCount: number;
}

/**
 * How many jobs of one name may exist at once, across every process (enforced by pg-boss in
 * Postgres with unique indexes, not by a lock in one process):
 * - "stately": at most one waiting and one running; enqueueing while one waits is a no-op, so a
 *   burst of requests coalesces into one more run (recomputes, refreshes).
 * - "singleton": at most one running; others wait their turn.
 * - "standard": every enqueue runs (deliveries: one job per webhook event).
 */
export type JobPolicy = "stately" | "singleton" | "standard";

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  /** The queue's name: lowercase words joined by dots or dashes, e.g. "findings.recompute". */
  name: string;
  /** One line for logs and the docs. */
  description: string;
  /** The job's data; enqueue() refuses data that does not parse, and run() gets the parsed value. */
  schema: S;
  run(data: z.output<S>, context: JobContext): Promise<void>;
  policy?: JobPolicy;
  /** Attempts after the first; default 2. */
  retryLimit?: number;
  /** Seconds before a retry; default 30 (doubling each time when retryBackoff). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /**
   * A running job not finished after this long is presumed dead (its process crashed) and is
   * retried by whichever process is alive; default 15 minutes.
   */
  expireInSeconds?: number;
  /** A cron expression (UTC): one job is enqueued per tick across every process. */
  cron?: string;
  /** Data for the cron's jobs and the start-up job. */
  scheduledData?: z.input<S>;
  /** Enqueue one when a process starts its workers: catches up on anything missed while down. */
  onStartup?: boolean;
}

/** Identity, for type inference: `export const myJob = defineJob({ ... })`. */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

const NAME = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;

/** Throws when a definition's name is unusable or taken twice; run at queue start. */
export function checkJobDefinitions(jobs: readonly JobDefinition[]): void {
  const seen = new Set<string>();
  for (const job of jobs) {
    if (!NAME.test(job.name)) throw new Error(`Job name "${job.name}" must be lowercase words joined by . or -`);
    if (seen.has(job.name)) throw new Error(`Two jobs are named "${job.name}"`);
    seen.add(job.name);
  }
}
