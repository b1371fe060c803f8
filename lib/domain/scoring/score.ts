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

/**
 * The debt rule: the debt an answer carries. Pass 0, partial ½, fail 1; an n-a answer takes the
 * item out of the applicable set and an unanswered item carries none (neither is listed). The SQL
 * aggregates are generated from this table (lib/server/scoring/debt-rule.sql.ts), never written
 * by hand.
 */
export const ANSWER_DEBT: Readonly<Record<Exclude<AnswerValue, "NA">, number>> = Object.freeze({
  PASS: 0,
  PARTIAL: 0.5,
  FAIL: 1,
});

/** The answer that takes an item out of the applicable set. */
export const NOT_APPLICABLE: Extract<AnswerValue, "NA"> = "NA";

/** An answer's debt: pass 0, partial ½, fail 1; n-a and unanswered carry none and do not count. */
export function debtOf(value: AnswerValue | null): number | null {
  if (value === null || value === NOT_APPLICABLE) return null;
  return ANSWER_DEBT[value];
}

/**
 * Sums over the items that apply to an entity. An n-a answer removes the item from the
 * applicable set (the assessor says it does not apply); an unanswered item stays applicable
 * and lowers coverage.
 */
export function sumAnswers(answers: readonly ScorableAnswer[]): ScoreSums {
  const sums = { ...EMPTY_SUMS };
  for (const a of answers) {
    if (a.value === NOT_APPLICABLE) continue;
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

/** A tolerance so that 0.1 computed as 0.30000000000000004 / 3 still lands on its boundary (SQL uses it too). */
export const RATING_EPSILON = 1e-9;

export function ratingOf(ratio: number | null): Rating | null {
  if (ratio === null) return null;
  if (ratio <= RATING_UPPER_BOUNDS.A + RATING_EPSILON) return "A";
  if (ratio <= RATING_UPPER_BOUNDS.B + RATING_EPSILON) return "B";
  if (ratio <= RATING_UPPER_BOUNDS.C + RATING_EPSILON) return "C";
  if (ratio <= RATING_UPPER_BOUNDS.D + RATING_EPSILON) return "D";
  return "E";
}
