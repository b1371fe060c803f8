// Moments marked on a trend's timeline: reviews started and closed, large catalogue imports, and
// target ratings (gates) changed. An import is "large" when it created, changed or archived at least
// LARGE_IMPORT_MIN_CHANGES catalogue objects (teams, people, entities, relations) together:
// big enough to move a score by itself, unlike the everyday one-entity edit. Dry runs never count.
export const LARGE_IMPORT_MIN_CHANGES = 20;

export type TimelineEventKind = "review-started" | "review-closed" | "import" | "gate-change";

export const EVENT_KIND_LABELS: Readonly<Record<TimelineEventKind, string>> = {
  "review-started": "Review started",
  "review-closed": "Review closed",
  import: "Large import",
  "gate-change": "Target changed",
};

/** The number of catalogue changes an ImportRun summary records: created + changed + archived. */
export function importChangeCount(summary: unknown): number {
  if (!summary || typeof summary !== "object") return 0;
  const s = summary as Record<string, unknown>;
  const count = (v: unknown): number => {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (v && typeof v === "object")
      return Object.values(v).reduce<number>((n, x) => n + (typeof x === "number" && Number.isFinite(x) ? x : 0), 0);
    return 0;
  };
  return count(s.created) + count(s.changed) + count(s.archived);
}
