import type { SignalKind } from "./types";

/** The debt category (DebtCategory.key) each signal kind is filed under. */
export const CATEGORY_OF_SIGNAL: Readonly<Record<SignalKind, string>> = {
  CORRECTION_CASCADE: "correction-cascades",
  FEEDBACK_LOOP: "feedback-loops",
  UNDERUTILIZED_FEATURE: "underutilized-data-dependencies",
  UNSTABLE_DEPENDENCY: "unstable-data-dependencies",
  UNDECLARED_CONSUMER: "undeclared-consumers",
  ORPHAN: "process-management-debt",
  STALE_ASSESSMENT: "process-management-debt",
};
