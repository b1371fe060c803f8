// What a submission changes, in the words the checklist's submit summary and the entity page's
// "submitted" message both use, so the two always agree: "B → C" and "12 d → 15 d (+3 d)".
// Pure: the before side is the latest submission's frozen sums (null: never assessed).
import { formatDays } from "@/lib/domain/format/number";
import { NOT_ASSESSED } from "./format";
import { debtRatio, ratingOf, sumAnswers, type Rating, type ScorableAnswer, type ScoreSums } from "./score";

export interface ScoreChange {
  rating: { before: Rating | null; after: Rating | null };
  principal: { before: number | null; after: number };
  /** "B → C", "not assessed → C", "B (unchanged)". */
  ratingText: string;
  /** "12 d → 15 d (+3 d)", "0 d → 4 d (+4 d)", "6 d (unchanged)". */
  principalText: string;
}

const letter = (r: Rating | null) => r ?? NOT_ASSESSED;

export function scoreChange(before: ScoreSums | null, after: ScoreSums): ScoreChange {
  const rb = before ? ratingOf(debtRatio(before)) : null;
  const ra = ratingOf(debtRatio(after));
  const pb = before ? before.principalDays : null;
  const pa = after.principalDays;
  const ratingText = before && rb === ra ? `${letter(ra)} (unchanged)` : `${letter(rb)} → ${letter(ra)}`;
  const delta = pa - (pb ?? 0);
  const moved = Math.abs(delta) >= 0.05;
  const principalText =
    pb !== null && !moved
      ? `${formatDays(pa)} (unchanged)`
      : `${formatDays(pb ?? 0)} → ${formatDays(pa)} (${delta >= 0 ? "+" : "−"}${formatDays(Math.abs(delta))})`;
  return { rating: { before: rb, after: ra }, principal: { before: pb, after: pa }, ratingText, principalText };
}

export interface SubmitSummary {
  total: number;
  answered: number;
  unanswered: number;
  change: ScoreChange;
}

/** The submit dialog's figures for a draft: N/A counts as answered (the assessor dealt with it). */
export function submitSummary(items: readonly ScorableAnswer[], before: ScoreSums | null): SubmitSummary {
  const answered = items.filter((i) => i.value !== null).length;
  return {
    total: items.length,
    answered,
    unanswered: items.length - answered,
    change: scoreChange(before, sumAnswers(items)),
  };
}

/** The ML Test Score's change: "2 → 3.5", "none → 3", "3 (unchanged)". */
export function mlTestScoreChangeText(before: number | null, after: number): string {
  if (before === after) return `${after} (unchanged)`;
  return `${before ?? "none"} → ${after}`;
}
