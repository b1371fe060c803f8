// PLACEHOLDER: being replaced by the full checklist content (issue 4).
import type { CategoryDef, ItemDef } from "./types";

export const CATEGORIES: readonly CategoryDef[] = [
  {
    key: "correction-cascades",
    name: "Correction cascades",
    rubric: "DEBT",
    paperSection: "§2 Complex models erode boundaries",
    description: "Models built as corrections on top of other models' outputs.",
  },
];

export const ITEMS: readonly ItemDef[] = [
  {
    key: "correction-cascades.no-score-inputs",
    categoryKey: "correction-cascades",
    question: "Does this model avoid taking another model's score as an input?",
    guidance: "Placeholder.",
    weight: 3,
    appliesTo: ["MODEL"],
    remediationDays: 5,
  },
];
