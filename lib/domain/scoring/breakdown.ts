// Per-category sums. The total is pooled from the categories' sums, never averaged from their
// ratios, so a category with many answered items weighs more than one with a single item.
import { poolSums, sumAnswers } from "./score";
import type { ScorableAnswer, ScoreSums } from "./score";

export interface CategorisedAnswer extends ScorableAnswer {
  categoryKey: string;
}

export interface CategorySums {
  categoryKey: string;
  sums: ScoreSums;
}

export interface CategoryBreakdown {
  /** In `categoryOrder` first (empty sums for categories with no answers), then first-seen order. */
  categories: CategorySums[];
  total: ScoreSums;
}

export function sumByCategory(
  answers: readonly CategorisedAnswer[],
  categoryOrder: readonly string[] = [],
): CategoryBreakdown {
  const groups = new Map<string, CategorisedAnswer[]>(categoryOrder.map((key) => [key, []]));
  for (const answer of answers) {
    const group = groups.get(answer.categoryKey);
    if (group) group.push(answer);
    else groups.set(answer.categoryKey, [answer]);
  }
  const categories = [...groups].map(([categoryKey, group]) => ({ categoryKey, sums: sumAnswers(group) }));
  return { categories, total: poolSums(categories.map((c) => c.sums)) };
}

/** Rolls several entities' breakdowns up into one (a team's or the organisation's), pooling per category. */
export function poolBreakdowns(breakdowns: readonly CategoryBreakdown[]): CategoryBreakdown {
  const byKey = new Map<string, ScoreSums[]>();
  for (const b of breakdowns) {
    for (const c of b.categories) {
      const list = byKey.get(c.categoryKey);
      if (list) list.push(c.sums);
      else byKey.set(c.categoryKey, [c.sums]);
    }
  }
  const categories = [...byKey].map(([categoryKey, sums]) => ({ categoryKey, sums: poolSums(sums) }));
  return { categories, total: poolSums(breakdowns.map((b) => b.total)) };
}
