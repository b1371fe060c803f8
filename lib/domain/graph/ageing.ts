// Observed usage ages out. A reads-link created from usage events is evidence only while the
// usage is recent: once its last event is older than the undeclared-consumer window it stops
// counting as lineage (blast radius, consumers, loops), and its undeclared-consumer finding
// resolves. The same holds for links seen in lineage events (Relation.lastSeenAt). Declared
// links, and observed links no event dated, never age.
import type { GraphRelation, LineageOptions } from "./types";
import { DEFAULT_UNDECLARED_WINDOW_DAYS } from "./undeclared-window";

const DAY_MS = 86_400_000;

/** Events dated later than this past the server's clock are refused (clients' clocks drift). */
export const USAGE_CLOCK_SKEW_MS = 5 * 60_000;

export function isStaleObserved(relation: GraphRelation, options: LineageOptions): boolean {
  if (relation.origin !== "OBSERVED" || relation.lastUsedAt === undefined || relation.lastUsedAt === null) return false;
  const windowDays = options.observedWindowDays ?? DEFAULT_UNDECLARED_WINDOW_DAYS;
  const since = options.now.getTime() - windowDays * DAY_MS;
  // Written as a negation so an invalid date counts as stale.
  return !(relation.lastUsedAt.getTime() >= since);
}

/** True when a usage event's time lies beyond the allowed clock skew after `now`. */
export function isFutureEvent(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + USAGE_CLOCK_SKEW_MS;
}
