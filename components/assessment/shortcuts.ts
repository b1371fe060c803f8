// Keyboard shortcuts of the assessment page, as a pure mapping so it can be tested as a table:
// 1–4 answer the focused item, j/k move to the next/previous item, n to the next unanswered one
// (after the last, to the submit button), c clears. Keys typed into a text field, or with a
// modifier held, are never shortcuts (notes must accept "1" and "j"). SHORTCUT_LEGEND is what
// the page's keyboard legend lists.
import type { AnswerValue } from "@/lib/domain/kinds";

export type Shortcut =
  | { type: "answer"; value: AnswerValue }
  | { type: "clear" }
  | { type: "move"; by: 1 | -1 }
  | { type: "next-unanswered" };

export const ANSWER_KEYS: Readonly<Record<string, AnswerValue>> = {
  "1": "PASS",
  "2": "PARTIAL",
  "3": "FAIL",
  "4": "NA",
};

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focused element is a text input or textarea. */
  inTextField: boolean;
}

export function shortcutFor(e: KeyInput): Shortcut | null {
  if (e.inTextField || e.ctrlKey || e.metaKey || e.altKey) return null;
  const value = ANSWER_KEYS[e.key];
  if (value) return { type: "answer", value };
  if (e.key === "j") return { type: "move", by: 1 };
  if (e.key === "k") return { type: "move", by: -1 };
  if (e.key === "n") return { type: "next-unanswered" };
  if (e.key === "c") return { type: "clear" };
  return null;
}

/** The legend's rows: keys, and what they do (answer words depend on the rubric). */
export function shortcutLegend(answerWords: string): readonly (readonly [string, string])[] {
  return [
    ["1 2 3 4", answerWords],
    ["j / k", "next / previous question"],
    ["n", "next unanswered question"],
    ["c", "clear the answer"],
    ["← →", "change the answer"],
    ["Tab", "note, evidence, next"],
  ];
}
