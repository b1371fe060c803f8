// The job queue (lib/server/jobs) against a real Postgres, in a database of this file's own:
// two queues on two clients stand for two app processes. A "stately" job runs at most once at a
// time across them and coalesces repeated enqueues; a job enqueued in a rolled-back transaction
// never exists; a job whose process died mid-run is retried by a live process; and starting a
// queue runs the findings recompute that catches up on a catalogue change nobody recomputed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { recomputeFindingsJob } from "@/lib/server/findings/recompute-job";
import { defineJob } from "@/lib/server/jobs/define-job";
import { startJobQueue, type JobQueue } from "@/lib/server/jobs/queue";
import { createEntity } from "@/lib/server/seed/factories";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

let scratch: ScratchDatabase;
let a: Db;
let b: Db;
const queues: JobQueue[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase();
  a = createPrismaClient(scratch.url, 2);
  b = createPrismaClient(scratch.url, 2);
  await loadChecklist(a);
});
afterEach(async () => {
  for (const q of queues.splice(0)) await q.stop(5);
});
afterAll(async () => {
  await a.$disconnect();
  await b.$disconnect();
  await scratch.drop();
});

const quiet = () => {};

async function until<T>(probe: () => Promise<T | null | undefined | false>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobStates(name: string): Promise<string[]> {
  const rows = await a.$queryRawUnsafe<{ state: string }[]>(
    `SELECT state::text FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
    name,
  );
  return rows.map((r) => r.state);
}

describe("job queue", () => {
  it("runs a stately job at most once at a time across processes and coalesces enqueues", async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = defineJob({
      name: "test.stately",
      description: "test",
      schema: z.object({ n: z.number() }),
      policy: "stately",
      async run() {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await gate;
        runs++;
        running--;
      },
    });
    const qa = await startJobQueue(a, { jobs: [job], pollingIntervalSeconds: 0.5, log: quiet });
    const qb = await startJobQueue(b, { jobs: [job], pollingIntervalSeconds: 0.5, log: quiet });
    queues.push(qa, qb);

    expect(await qa.enqueue(job, { n: 1 })).toEqual(expect.any(String));
    await until(async () => running === 1);
    // One running; the first of these waits, the rest coalesce into it.
    const ids = [await qa.enqueue(job, { n: 2 }), await qb.enqueue(job, { n: 3 }), await qa.enqueue(job, { n: 4 })];
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    expect((await jobStates(job.name)).sort()).toEqual(["active", "created"]);
    release();
    await until(async () => runs === 2 && (await jobStates(job.name)).every((s) => s === "completed"));
    expect(maxRunning).toBe(1);
  });

  it("refuses data that does not match the job's schema, and jobs it does not know", async () => {
    const job = defineJob({
      name: "test.checked",
      description: "test",
      schema: z.object({ n: z.number() }),
      run: async () => {},
    });
    const other = defineJob({ name: "test.other", description: "test", schema: z.object({}), run: async () => {} });
    const q = await startJobQueue(a, { jobs: [job], work: false, log: quiet });
    queues.push(q);
    await expect(q.enqueue(job, { n: "one" } as unknown as { n: number })).rejects.toThrow(/test\.checked.*invalid/);
    await expect(q.enqueue(other, {})).rejects.toThrow(/not registered/);
    expect(await jobStates(job.name)).toEqual([]);
    // Another copy of a registered definition (a Next build bundles instrumentation.ts and the
    // routes apart) is the same job: registration is by name.
    expect(await q.enqueue({ ...job }, { n: 1 })).toEqual(expect.any(String));
  });

  it("enqueues inside a transaction: nothing when it rolls back, one job when it commits", async () => {
    const job = defineJob({
      name: "test.tx",
      description: "test",
      schema: z.object({ n: z.number() }),
      policy: "standard",
      run: async () => {},
    });
    const q = await startJobQueue(a, { jobs: [job], work: false, log: quiet });
    queues.push(q);
    await expect(
      a.$transaction(async (tx) => {
        await q.enqueue(job, { n: 1 }, { tx });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await jobStates(job.name)).toEqual([]);
    await a.$transaction(async (tx) => {
      await q.enqueue(job, { n: 2 }, { tx });
    });
    expect(await jobStates(job.name)).toEqual(["created"]);
  });

  it("retries a job whose process died mid-run in a live process", async () => {
    const seen: number[] = [];
    const job = defineJob({
      name: "test.crash",
      description: "test",
      schema: z.object({ n: z.number() }),
      expireInSeconds: 1,
      retryDelaySeconds: 0,
      async run(data, { retryCount }) {
        seen.push(retryCount);
        expect(data.n).toBe(7);
      },
    });
    // The "crashed" process took the job and never finished it.
    const dead = await startJobQueue(b, { jobs: [job], work: false, log: quiet });
    queues.push(dead);
    await dead.enqueue(job, { n: 7 });
    const [taken] = await dead.boss.fetch(job.name);
    expect(taken).toBeDefined();
    expect(await jobStates(job.name)).toEqual(["active"]);
    await dead.stop(1);
    queues.splice(0);

    const live = await startJobQueue(a, { jobs: [job], pollingIntervalSeconds: 0.5, log: quiet });
    queues.push(live);
    // Supervision runs every few minutes; run it now, once the job is past its expiry.
    await until(async () => {
      await live.boss.maintain();
      return (await jobStates(job.name))[0] !== "active";
    });
    await until(async () => (await jobStates(job.name))[0] === "completed");
    expect(seen).toEqual([1]);
  });

  it("leaves a job with a cron it refuses unscheduled, says which, and starts every other job", async () => {
    const lines: string[] = [];
    const seen: number[] = [];
    const badCron = defineJob({
      name: "test.bad-cron",
      description: "Runs on TEST_SYNC_CRON",
      schema: z.object({}),
      cron: "every tuesday",
      async run() {},
    });
    const fine = defineJob({
      name: "test.after-bad-cron",
      description: "A job registered after it",
      schema: z.object({ n: z.number() }),
      cron: "0 3 * * *",
      async run({ n }) {
        seen.push(n);
      },
    });
    const q = await startJobQueue(a, {
      jobs: [badCron, fine],
      pollingIntervalSeconds: 0.5,
      log: (l) => lines.push(l),
    });
    queues.push(q);
    expect(lines.join("\n")).toMatch(/test\.bad-cron \(Runs on TEST_SYNC_CRON\): schedule "every tuesday" refused/);
    const schedules = (await q.boss.getSchedules()).map((x) => x.name);
    expect(schedules).toContain(fine.name);
    expect(schedules).not.toContain(badCron.name);
    await q.enqueue(fine, { n: 7 });
    await until(async () => (seen.length > 0 ? seen : null));
    expect(seen).toEqual([7]);
    await q.boss.unschedule(fine.name); // the last test counts every schedule
  });

  it("catches up on start-up: a catalogue change nobody recomputed gets its findings", async () => {
    // Committed, then the process died before its after-response recompute.
    const orphan = await createEntity(a, { kind: "MODEL", teamId: null });
    expect(await a.signal.count({ where: { members: { some: { entityId: orphan.id } } } })).toBe(0);

    const q = await startJobQueue(a, { jobs: [recomputeFindingsJob], pollingIntervalSeconds: 0.5, log: quiet });
    queues.push(q);
    const signal = await until(() =>
      a.signal.findFirst({ where: { kind: "ORPHAN", members: { some: { entityId: orphan.id } } } }),
    );
    expect(signal.status).toBe("OPEN");
    await until(async () => (await jobStates(recomputeFindingsJob.name)).every((s) => s === "completed"));
    // The daily run is scheduled once, whichever process registered it.
    const schedules = await q.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toEqual([[recomputeFindingsJob.name, "5 0 * * *"]]);
  });
});
