// "Stale" beside an entity whose last submitted assessment is older than STALE_AFTER_DAYS (or
// that was never assessed, when `showNever`). The words carry the meaning, not the colour.
// staleNote (server: it reads the configured age) says what the badge says; StaleBadgeView
// draws it, also in client-rendered table rows (team-entity-rows.tsx).
import { env } from "@/lib/config/env";
import { daysSince, isStale } from "@/lib/domain/scoring/staleness";
import { StaleBadgeView, type StaleNote } from "./stale-badge-view";

export function staleNote(lastSubmittedAt: Date | null, now: Date, showNever = false): StaleNote | null {
  const maxAge = env().STALE_AFTER_DAYS;
  if (!isStale(lastSubmittedAt, now, maxAge)) return null;
  if (lastSubmittedAt === null && !showNever) return null;
  return lastSubmittedAt
    ? {
        label: "Stale",
        title: `Last assessed ${daysSince(lastSubmittedAt, now)} days ago; assessments older than ${maxAge} days are stale.`,
      }
    : { label: "Never assessed", title: "Never assessed." };
}

export function StaleBadge({
  lastSubmittedAt,
  now,
  showNever = false,
}: {
  lastSubmittedAt: Date | null;
  now: Date;
  showNever?: boolean;
}) {
  const note = staleNote(lastSubmittedAt, now, showNever);
  return note ? <StaleBadgeView note={note} /> : null;
}
