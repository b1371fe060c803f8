// "What gets us to B": the fewest failing or partial answers whose fix (answered PASS in the next
// assessment) lifts a score to a better rating, and the days that costs (docs/scoring.md §12).
// Fixing an answer removes weight × debt from the debt weight and its days × debt from the
// principal; the total weight stays (the item stays answered), so the ratio falls linearly.
import { RATINGS, ratingOf, type Rating, type ScoreSums } from "./score";
import { debtOf } from "./score";

export interface FixCandidate {
  weight: number;
  remediationDays: number;
  value: "FAIL" | "PARTIAL";
}

export interface RatingPath<T extends FixCandidate> {
  /** The rating asked for. */
  target: Rating;
  /** Items to fix, most debt weight first; empty when the score is already there. */
  items: T[];
  /** Σ remediation days × debt of the items: the principal the fix pays back. */
  days: number;
  /** The ratio once they are fixed. */
  ratioAfter: number;
  ratingAfter: Rating;
}

/** The letter one better than `rating`; null for A. */
export function nextRating(rating: Rating): Rating | null {
  const i = RATINGS.indexOf(rating);
  return i > 0 ? (RATINGS[i - 1] ?? null) : null;
}

/** Whether `rating` is `target` or better (A is best). */
export function meetsRating(rating: Rating, target: Rating): boolean {
  return RATINGS.indexOf(rating) <= RATINGS.indexOf(target);
}

const removedWeight = (c: FixCandidate) => c.weight * (debtOf(c.value) ?? 0);
const owedDays = (c: FixCandidate) => c.remediationDays * (debtOf(c.value) ?? 0);

/**
 * The fewest candidates whose fix brings `sums` to `target` or better, or null when the score
 * has no rating (nothing answered) or the candidates cannot get there.
 *
 * Fewest is exact: taking the candidates that remove the most weight first reaches the target
 * with the fewest items, since no set of k items removes more than the k largest. Among sets that
 * small, the days are lowered by swaps: each chosen item is replaced by the cheapest unchosen one
 * that still reaches the target, until no swap saves days (cheap, not always the cheapest).
 */
export function pathToRating<T extends FixCandidate>(
  sums: Pick<ScoreSums, "debtWeight" | "totalWeight">,
  candidates: readonly T[],
  target: Rating,
): RatingPath<T> | null {
  if (sums.totalWeight <= 0) return null;
  const ratioAfter = (removed: number) => Math.max(0, sums.debtWeight - removed) / sums.totalWeight;
  const reaches = (removed: number) => meetsRating(ratingOf(ratioAfter(removed)) ?? "E", target);
  const done = (chosen: T[]): RatingPath<T> => {
    const removed = chosen.reduce((s, c) => s + removedWeight(c), 0);
    const ratio = ratioAfter(removed);
    return {
      target,
      items: [...chosen].sort((a, b) => removedWeight(b) - removedWeight(a) || owedDays(a) - owedDays(b)),
      days: chosen.reduce((s, c) => s + owedDays(c), 0),
      ratioAfter: ratio,
      ratingAfter: ratingOf(ratio) ?? "A",
    };
  };
  if (reaches(0)) return done([]);

  const order = candidates
    .filter((c) => removedWeight(c) > 0)
    .sort((a, b) => removedWeight(b) - removedWeight(a) || owedDays(a) - owedDays(b));
  let removed = 0;
  let k = 0;
  while (k < order.length && !reaches(removed)) removed += removedWeight(order[k++]!);
  if (!reaches(removed)) return null;

  const chosen = order.slice(0, k);
  const rest = order.slice(k).sort((a, b) => owedDays(a) - owedDays(b));
  // Swap an expensive chosen item for the cheapest unchosen one that keeps the target reached.
  for (let improved = true; improved;) {
    improved = false;
    chosen.sort((a, b) => owedDays(b) - owedDays(a));
    for (let i = 0; i < chosen.length && !improved; i++) {
      const out = chosen[i]!;
      const j = rest.findIndex(
        (r) => owedDays(r) < owedDays(out) && reaches(removed - removedWeight(out) + removedWeight(r)),
      );
      if (j < 0) continue;
      const into = rest[j]!;
      removed += removedWeight(into) - removedWeight(out);
      chosen[i] = into;
      rest.splice(j, 1);
      rest.push(out);
      rest.sort((a, b) => owedDays(a) - owedDays(b));
      improved = true;
    }
  }
  return done(chosen);
}
