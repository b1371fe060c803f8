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

/** Rows (teams) by pooled debt ratio over all categories (Σ debt weight / Σ weight), most first; rows
 *  without a cell last; ties keep the given order. */
export function rankRowsByDebt<T extends { id: string }>(
  rows: readonly T[],
  cells: readonly { rowId: string; debtWeight: number; totalWeight: number }[],
): T[] {
  const sums = new Map<string, { debt: number; total: number }>();
  for (const c of cells) {
    const s = sums.get(c.rowId) ?? { debt: 0, total: 0 };
    s.debt += c.debtWeight;
    s.total += c.totalWeight;
    sums.set(c.rowId, s);
  }
  const ratio = (id: string) => {
    const s = sums.get(id);
    return s && s.total > 0 ? s.debt / s.total : -1;
  };
  return rows
    .map((t, i) => ({ t, i, r: ratio(t.id) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.t);
}
