// Heatmap cells from pooled per-category sums: ratio = debtWeight / totalWeight (never an average
// of ratios), null when nothing in the category was answered.
import { debtRatio } from "./score";

export interface CategorySumsCell {
  rowId: string;
  categoryId: string;
  debtWeight: number;
  totalWeight: number;
  entityCount: number;
}

/** rowId → categoryId → { ratio, entityCount }. */
export function indexCells(
  cells: readonly CategorySumsCell[],
): Map<string, Map<string, { ratio: number | null; entityCount: number }>> {
  const out = new Map<string, Map<string, { ratio: number | null; entityCount: number }>>();
  for (const c of cells) {
    let row = out.get(c.rowId);
    if (!row) out.set(c.rowId, (row = new Map()));
    row.set(c.categoryId, { ratio: debtRatio(c), entityCount: c.entityCount });
  }
  return out;
}
