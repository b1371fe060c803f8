import { describe, expect, it } from "vitest";
import { rankRowsByDebt } from "./heatmap-cells";

const cell = (rowId: string, debtWeight: number, totalWeight: number) => ({ rowId, debtWeight, totalWeight });

describe("rankRowsByDebt", () => {
  const rows = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
  it.each([
    { name: "no cells keeps the given order", cells: [], want: ["a", "b", "c", "d"] },
    {
      name: "pooled over categories (sums, not averaged ratios)",
      // a: 1/10 + 9/10 = 10/20 = 50 %; b: 3/4 + 0/96 = 3/100 = 3 %; c: 2/10 = 20 %
      cells: [cell("a", 1, 10), cell("a", 9, 10), cell("b", 3, 4), cell("b", 0, 96), cell("c", 2, 10)],
      want: ["a", "c", "b", "d"],
    },
    {
      name: "a row with only unanswered weight ranks with the rows without cells",
      cells: [cell("c", 0, 0), cell("d", 0, 5)],
      want: ["d", "a", "b", "c"],
    },
    { name: "ties keep the given order", cells: [cell("c", 1, 2), cell("b", 2, 4)], want: ["b", "c", "a", "d"] },
  ])("$name", ({ cells, want }) => {
    expect(rankRowsByDebt(rows, cells).map((r) => r.id)).toEqual(want);
  });
});
