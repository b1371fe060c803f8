// Recompute findings after catalogue changes without making anyone wait: mutations call
// scheduleFindingsRecompute(), which runs the work after the response through Next's after().
// Bursts coalesce: at most one recompute runs and one waits per process; every request arriving
// while one waits joins it, and the wait is debounced so an import's many writes cost one run.
import { after } from "next/server";
import { logger } from "@/lib/server/log/logger";
import { db } from "@/lib/server/db/client";
import { invalidateGraphCache } from "./graph-cache";
import { recomputeFindings } from "./recompute-findings";
import { refreshTodaySnapshotsIfMoved } from "@/lib/server/scoring/refresh-today-snapshots";

const DEBOUNCE_MS = 250;

let running: Promise<void> | null = null;
let pending: Promise<void> | null = null;

/**
 * Call after a catalogue change or import commits, from a server action or route handler.
 * Returns false outside a request (scripts, tests): nothing runs there, because a background run
 * could outlive its process or race another test's data; scripts `await recomputeFindings(db)`
 * (or `requestFindingsRecompute()`) themselves.
 */
export function scheduleFindingsRecompute(): boolean {
  // The lineage views read a cached graph; a catalogue change makes it stale at once.
  invalidateGraphCache();
  try {
    after(() => requestFindingsRecompute());
    return true;
  } catch {
    return false;
  }
}

/** Resolves once a recompute that started after this call has finished. Never rejects. */
export function requestFindingsRecompute(): Promise<void> {
  if (pending) return pending;
  const previous = running ?? Promise.resolve();
  pending = previous
    .then(() => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS)))
    .then(() => {
      pending = null;
      running = runOnce().finally(() => {
        running = null;
      });
      return running;
    });
  return pending;
}

async function runOnce(): Promise<void> {
  try {
    await recomputeFindings(db());
    invalidateGraphCache();
    // Archiving, moving or importing entities changes today's pooled scores (the dashboards' heatmap).
    await refreshTodaySnapshotsIfMoved(db());
  } catch (error) {
    // A failed recompute leaves the previous findings in place; the next change retries.
    logger.error("findings recompute failed", { error });
  }
}
