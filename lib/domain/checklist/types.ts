import type { EntityKind, Rubric } from "@/lib/domain/kinds";

/** A debt category as shipped in the checklist content (lib/domain/checklist/content.ts). */
export interface CategoryDef {
  /** Stable key, e.g. "correction-cascades". Never change a shipped key. */
  key: string;
  name: string;
  rubric: Rubric;
  /** Where it comes from, e.g. "§2 Complex models erode boundaries". */
  paperSection: string;
  description: string;
}

/** A checklist question as shipped. Text is our own words, not the paper's. */
export interface ItemDef {
  /** Stable key, e.g. "cascades.no-score-as-input". Never change a shipped key. */
  key: string;
  categoryKey: string;
  question: string;
  /** Why it matters, what a pass looks like, and the paper's mitigation. */
  guidance: string;
  weight: 1 | 2 | 3;
  appliesTo: readonly EntityKind[];
  remediationDays: number;
}
