// Staleness is measured in elapsed time (24-hour days), not calendar days, so the answer does
// not depend on the server's time zone or a daylight-saving change.
export const DEFAULT_STALE_AFTER_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days elapsed from `then` to `now`, rounded down; 0 for a `then` in the future (clock skew). */
export function daysSince(then: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY_MS));
}

/**
 * Stale once strictly more than `maxAgeDays` have elapsed: an assessment exactly 90 days old is
 * still current, one a millisecond older is not. Never assessed counts as stale.
 */
export function isStale(lastSubmittedAt: Date | null, now: Date, maxAgeDays = DEFAULT_STALE_AFTER_DAYS): boolean {
  if (lastSubmittedAt === null) return true;
  return now.getTime() - lastSubmittedAt.getTime() > maxAgeDays * DAY_MS;
}
