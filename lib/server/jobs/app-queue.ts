// The app process's one job queue. instrumentation.ts starts it with workers when the Next
// server starts; enqueueJob() from server actions and route handlers uses it (and, in a process
// that never started one, such as a script, starts an enqueue-only queue on first use).
import type { z } from "zod";
import { db } from "@/lib/server/db/client";
import type { JobDefinition } from "./define-job";
import { startJobQueue, type EnqueueOptions, type JobQueue } from "./queue";

const globalForJobs = globalThis as unknown as { debtboardJobQueue?: Promise<JobQueue> };

/** Starts this process's queue with workers (once; later calls return the same queue). */
export function startAppJobQueue(): Promise<JobQueue> {
  return (globalForJobs.debtboardJobQueue ??= start(true));
}

export async function enqueueJob<S extends z.ZodType>(
  job: JobDefinition<S>,
  data: z.input<S>,
  options?: EnqueueOptions,
): Promise<string | null> {
  const queue = await (globalForJobs.debtboardJobQueue ??= start(false));
  return queue.enqueue(job, data, options);
}

function start(work: boolean): Promise<JobQueue> {
  // The registry is read when the queue starts, not when this module loads: jobs' modules enqueue
  // through here (a findings recompute tells webhooks), and the registry imports those modules.
  const started = import("./registry").then(({ JOBS }) => startJobQueue(db(), { jobs: JOBS, work }));
  // A failed start (database down) must not stick: the next call tries again.
  started.catch(() => {
    globalForJobs.debtboardJobQueue = undefined;
  });
  return started;
}
