// Runs once when a Next server process starts: starts this process's background-job workers
// (lib/server/jobs). Every app instance runs them; the queue keeps jobs from running twice.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; jobs belong to servers only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/config/env");
  const settings = env();
  if (!settings.DATABASE_URL || settings.DEBTBOARD_JOB_WORKERS === "0") return;
  const { startAppJobQueue } = await import("@/lib/server/jobs/app-queue");
  try {
    await startAppJobQueue();
  } catch (error) {
    // The app still serves; findings then recompute only after changes until the next start.
    console.error("[jobs] could not start the job queue", error);
  }
}
