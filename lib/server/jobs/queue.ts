// The job queue: pg-boss (https://github.com/timgit/pg-boss) keeping jobs in Postgres (schema
// "pgboss", created and migrated by pg-boss itself on start). Durable: a job is a row, so it
// survives a crash or restart; a job whose process died mid-run expires and is retried by a
// live process. Cross-process: every app instance may run workers, and the queue policies
// (define-job.ts) are enforced by unique indexes in the database, not by any one process.
// Crons are enqueued once per tick across all instances (pg-boss's timekeeper).
//
// The queue runs its SQL on the app's own pg pool (poolOf): on the embedded PGlite database
// that pool is the one connection there may be, and pg-boss needs no LISTEN (it polls), so the
// same code runs on a Postgres server and on `npm start`'s embedded database.
import PgBoss from "pg-boss";
import type { z } from "zod";
import { poolOf, type Db, type Tx } from "@/lib/server/db/client";
import { checkJobDefinitions, type JobDefinition } from "./define-job";

/** The Postgres schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = "pgboss";

const DEFAULTS = { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 15 * 60 } as const;

export interface StartJobQueueOptions {
  jobs: readonly JobDefinition[];
  /** Run jobs in this process (default). False: this process only enqueues (scripts, tests). */
  work?: boolean;
  /** Seconds between one worker's polls for new jobs; default 10. */
  pollingIntervalSeconds?: number;
  /** The clock handed to jobs as context.now; tests inject one. */
  clock?: () => Date;
  log?: (line: string) => void;
}

export interface EnqueueOptions {
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  tx?: Tx;
  /** Not before this time. */
  startAfter?: Date;
  /** With the "stately"/"singleton" policies, coalescing is per key (default: one per queue). */
  singletonKey?: string;
}

export interface JobQueue {
  /**
   * Adds a job; returns its id, or null when the policy coalesced it into one already waiting.
   * Throws when `data` does not match the job's schema or the job is not registered here.
   */
  enqueue<S extends z.ZodType>(
    job: JobDefinition<S>,
    data: z.input<S>,
    options?: EnqueueOptions,
  ): Promise<string | null>;
  /** Stops polling and waits (up to `timeoutSeconds`) for running jobs to finish. */
  stop(timeoutSeconds?: number): Promise<void>;
  readonly boss: PgBoss;
}

type QueueRow = Record<string, unknown>;

export async function startJobQueue(client: Db, options: StartJobQueueOptions): Promise<JobQueue> {
  const { jobs, work = true, pollingIntervalSeconds = 10, clock = () => new Date() } = options;
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  checkJobDefinitions(jobs);
  const pool = poolOf(client);
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query<QueueRow>(text, values) },
    schema: JOB_SCHEMA,
    migrate: true,
    // Supervision expires jobs of crashed processes and archives old ones; crons need the
    // timekeeper. A process that only enqueues needs neither.
    supervise: work,
    schedule: work,
    // Finished jobs stay inspectable for a week (SELECT * FROM pgboss.archive).
    deleteAfterDays: 7,
  });
  boss.on("error", (error: Error) => log(`queue error: ${error.message}`));
  await boss.start();

  const registered = new Map(jobs.map((j) => [j.name, j]));
  for (const job of jobs) {
    const queueOptions = {
      name: job.name,
      policy: job.policy ?? "stately",
      retryLimit: job.retryLimit ?? DEFAULTS.retryLimit,
      retryDelay: job.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
      retryBackoff: job.retryBackoff ?? false,
      expireInSeconds: job.expireInSeconds ?? DEFAULTS.expireInSeconds,
    };
    // Idempotent: several processes starting at once all succeed.
    await boss.createQueue(job.name, queueOptions);
    await boss.updateQueue(job.name, queueOptions);
  }

  const enqueue: JobQueue["enqueue"] = async (job, data, enqueueOptions = {}) => {
    // By name, not identity: a Next build bundles instrumentation.ts (which starts the queue) and
    // the app's routes separately, so a route's copy of a definition is another object.
    const known = registered.get(job.name);
    if (!known) throw new Error(`Job "${job.name}" is not registered with this queue`);
    const parsed = known.schema.safeParse(data);
    if (!parsed.success) throw new Error(`Job "${job.name}" data is invalid: ${parsed.error.message}`);
    const { tx, startAfter, singletonKey } = enqueueOptions;
    return boss.send(job.name, parsed.data as object, {
      ...(startAfter ? { startAfter } : {}),
      ...(singletonKey ? { singletonKey } : {}),
      ...(tx
        ? { db: { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe(text, ...values) }) } }
        : {}),
    });
  };

  if (work) {
    for (const job of jobs) {
      await boss.work<unknown>(
        job.name,
        { pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
        async ([item]) => {
          if (!item) return;
          const started = performance.now();
          // Data was checked on enqueue; a row edited by hand is refused here (and not retried usefully).
          const data = job.schema.parse(item.data);
          try {
            await job.run(data, { db: client, now: clock(), jobId: item.id, retryCount: item.retryCount });
            log(`${job.name} ${item.id} done in ${Math.round(performance.now() - started)} ms`);
          } catch (error) {
            log(`${job.name} ${item.id} failed (attempt ${item.retryCount + 1}): ${String(error)}`);
            throw error;
          }
        },
      );
      if (!job.cron) await boss.unschedule(job.name);
      else
        try {
          await boss.schedule(job.name, job.cron, (job.scheduledData ?? {}) as object, { tz: "UTC" });
        } catch (error) {
          // A cron pg-boss refuses (a connector's comes from an environment variable) leaves that
          // job unscheduled, said with the job's description (which names the variable), instead
          // of stopping every other job.
          await boss.unschedule(job.name);
          log(
            `${job.name} (${job.description}): schedule "${job.cron}" refused, not scheduled: ` +
              (error instanceof Error ? error.message : String(error)),
          );
        }
    }
    for (const job of jobs) if (job.onStartup) await enqueue(job, job.scheduledData ?? {});
  }

  return {
    enqueue,
    boss,
    async stop(timeoutSeconds = 30) {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutSeconds * 1000 });
    },
  };
}
