// Status rules for action items. Pure: the server applies what this returns.
//   open ⇄ in progress ⇄ done ⇄ won't do, any to any;
//   won't do needs a written reason (kept while the item stays won't do);
//   done stamps completedAt (kept if it was done already); leaving done clears it.
// Marking an item done never changes a score: principal follows assessments (docs/scoring.md).
import { REASON_MIN, type ActionItemStatus } from "./schema";

export interface StatusFields {
  status: ActionItemStatus;
  wontDoReason: string | null;
  completedAt: Date | null;
}

export type StatusChange =
  { ok: true; changed: boolean; next: StatusFields } | { ok: false; field: "reason"; message: string };

export function applyStatusChange(
  current: StatusFields,
  status: ActionItemStatus,
  reason: string,
  now: Date,
): StatusChange {
  const why = reason.trim();
  if (status === "WONT_DO" && why.length < REASON_MIN) {
    return { ok: false, field: "reason", message: `Say why this won't be done, in at least ${REASON_MIN} characters.` };
  }
  const next: StatusFields = {
    status,
    wontDoReason: status === "WONT_DO" ? why : null,
    completedAt:
      status === "DONE" ? (current.status === "DONE" && current.completedAt ? current.completedAt : now) : null,
  };
  const changed =
    next.status !== current.status ||
    next.wontDoReason !== current.wontDoReason ||
    next.completedAt?.getTime() !== current.completedAt?.getTime();
  return { ok: true, changed, next };
}

/** Still to do: open or in progress. */
export function isActive(status: ActionItemStatus): boolean {
  return status === "OPEN" || status === "IN_PROGRESS";
}

/** Overdue: still to do and due strictly before today (UTC calendar days). */
export function isOverdue(item: { status: ActionItemStatus; dueDate: Date | null }, now: Date): boolean {
  if (!item.dueDate || !isActive(item.status)) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return item.dueDate.getTime() < today;
}

export type Verification = "verified" | "awaiting-reassessment" | null;

/**
 * Whether a done item's link is confirmed by evidence: its checklist item answered PASS (or NA,
 * no longer applying) in the entity's latest submitted assessment. Anything else (still failing,
 * partial, unanswered, never assessed) is "awaiting re-assessment". Not done, or not linked to a
 * checklist item and entity: null (nothing to verify).
 */
export function verificationOf(
  item: { status: ActionItemStatus; entityId: string | null; checklistItemId: string | null },
  latestAnswer: "PASS" | "PARTIAL" | "FAIL" | "NA" | null,
): Verification {
  if (item.status !== "DONE" || !item.entityId || !item.checklistItemId) return null;
  return latestAnswer === "PASS" || latestAnswer === "NA" ? "verified" : "awaiting-reassessment";
}
