import { describe, expect, it } from "vitest";
import { debtOf } from "@/lib/domain/scoring/score";
import { createRandom } from "../random";
import { valueAt } from "./answer-model";

describe("valueAt", () => {
  it.each([0.05, 0.1, 0.2, 0.4])("averages to the level it is given (%s)", (level) => {
    const random = createRandom(1);
    let debt = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) debt += debtOf(valueAt(random.next(), level)) ?? 0;
    expect(Math.abs(debt / n - level)).toBeLessThan(0.01);
  });

  it("only ever improves an item as the level falls", () => {
    const order = { FAIL: 2, PARTIAL: 1, PASS: 0 };
    for (const difficulty of [0.01, 0.1, 0.3, 0.6]) {
      const seen = [0.6, 0.4, 0.2, 0.1, 0].map((level) => order[valueAt(difficulty, level)]);
      expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    }
  });
});
