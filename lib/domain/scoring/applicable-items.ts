// Which checklist items a NEW assessment asks. Retirement only affects what is asked from now
// on: a submitted assessment keeps its answers to retired items and is scored from them as it
// was (sumAnswers never looks at retirement), so past scores and trends do not shift when the
// checklist is edited.
import type { EntityKind } from "@/lib/domain/kinds";

export interface ChecklistEntry {
  appliesTo: readonly EntityKind[];
  /** Absent (shipped content) or null = current. */
  retiredAt?: Date | null;
}

export function itemsForNewAssessment<T extends ChecklistEntry>(items: readonly T[], kind: EntityKind): T[] {
  return items.filter((item) => item.retiredAt == null && item.appliesTo.includes(kind));
}
