// Debt scoring (docs/scoring.md). Pure: sums are kept separate from ratios so that team and
// organisation roll-ups pool numerators and denominators instead of averaging ratios or letters.
import type { AnswerValue } from "@/lib/domain/kinds";

export interface ScorableAnswer {
  weight: number;
  remediationDays: number;
  /** null = not answered yet. */
  value: AnswerValue | null;
}

export interface ScoreSums {
  /** Σ weight · debt over answered, applicable items. */
  debtWeight: number;
  /** Σ weight over answered, applicable items. */
  totalWeight: number;
  answeredCount: number;
  applicableCount: number;
  /** Σ remediation days of failing items; partial counts half. */
  principalDays: number;
}

// Frozen: it is the seed of every reduction, so one accidental write would skew all roll-ups.
export const EMPTY_SUMS: ScoreSums = Object.freeze({
  debtWeight: 0,
  totalWeight: 0,
  answeredCount: 0,
  applicableCount: 0,
  principalDays: 0,
});

/** An answer's debt: pass 0, partial ½, fail 1; n-a and unanswered carry none and do not count. */
export function debtOf(value: AnswerValue | null): number | null {
  switch (value) {
    case "PASS":
      return 0;
    case "PARTIAL":
      return 0.5;
    case "FAIL":
      return 1;
    default:
      return null;
  }
}

/**
 * Sums over the items that apply to an entity. An n-a answer removes the item from the
 * applicable set (the assessor says it does not apply); an unanswered item stays applicable
 * and lowers coverage.
 */
export function sumAnswers(answers: readonly ScorableAnswer[]): ScoreSums {
  const sums = { ...EMPTY_SUMS };
  for (const a of answers) {
    if (a.value === "NA") continue;
    sums.applicableCount += 1;
    const debt = debtOf(a.value);
    if (debt === null) continue;
    sums.answeredCount += 1;
    sums.totalWeight += a.weight;
    sums.debtWeight += a.weight * debt;
    sums.principalDays += a.remediationDays * debt;
  }
  return sums;
}

export function addSums(a: ScoreSums, b: ScoreSums): ScoreSums {
  return {
    debtWeight: a.debtWeight + b.debtWeight,
    totalWeight: a.totalWeight + b.totalWeight,
    answeredCount: a.answeredCount + b.answeredCount,
    applicableCount: a.applicableCount + b.applicableCount,
    principalDays: a.principalDays + b.principalDays,
  };
}

export function poolSums(all: readonly ScoreSums[]): ScoreSums {
  return all.reduce(addSums, EMPTY_SUMS);
}

/** Debt ratio in [0, 1]; null when nothing is answered (no evidence, no rating). */
export function debtRatio(s: Pick<ScoreSums, "debtWeight" | "totalWeight">): number | null {
  return s.totalWeight > 0 ? s.debtWeight / s.totalWeight : null;
}

/** Share of applicable items that are answered, in [0, 1]; null when nothing applies. */
export function coverage(s: Pick<ScoreSums, "answeredCount" | "applicableCount">): number | null {
  return s.applicableCount > 0 ? s.answeredCount / s.applicableCount : null;
}

export const RATINGS = ["A", "B", "C", "D", "E"] as const;
export type Rating = (typeof RATINGS)[number];

/** SonarQube's maintainability grid: A ≤ 5 %, B ≤ 10 %, C ≤ 20 %, D ≤ 50 %, E above. */
export const RATING_UPPER_BOUNDS: Readonly<Record<Exclude<Rating, "E">, number>> = {
  A: 0.05,
  B: 0.1,
  C: 0.2,
  D: 0.5,
};

// A tolerance so that 0.1 computed as 0.30000000000000004 / 3 still lands on its boundary.
const EPSILON = 1e-9;

export function ratingOf(ratio: number | null): Rating | null {
  if (ratio === null) return null;
  if (ratio <= RATING_UPPER_BOUNDS.A + EPSILON) return "A";
  if (ratio <= RATING_UPPER_BOUNDS.B + EPSILON) return "B";
  if (ratio <= RATING_UPPER_BOUNDS.C + EPSILON) return "C";
  if (ratio <= RATING_UPPER_BOUNDS.D + EPSILON) return "D";
  return "E";
}
