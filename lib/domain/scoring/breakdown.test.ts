import { describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/domain/kinds";
import { poolBreakdowns, sumByCategory } from "./breakdown";
import type { CategorisedAnswer } from "./breakdown";
import { EMPTY_SUMS, debtRatio, sumAnswers } from "./score";

const a = (categoryKey: string, value: AnswerValue | null, weight = 1, remediationDays = 1): CategorisedAnswer => ({
  categoryKey,
  value,
  weight,
  remediationDays,
});

describe("sumByCategory", () => {
  const answers = [
    a("glue-code", "FAIL", 2, 4),
    a("cultural-debt", "PASS", 3),
    a("glue-code", "PARTIAL", 2, 2),
    a("cultural-debt", null),
  ];

  it.each([
    ["first-seen order without a given order", [], ["glue-code", "cultural-debt"]],
    [
      "given order first, empty categories kept",
      ["cultural-debt", "entanglement", "glue-code"],
      ["cultural-debt", "entanglement", "glue-code"],
    ],
    ["unlisted categories follow the given ones", ["entanglement"], ["entanglement", "glue-code", "cultural-debt"]],
  ])("%s", (_label, order, expectedKeys) => {
    expect(sumByCategory(answers, order).categories.map((c) => c.categoryKey)).toEqual(expectedKeys);
  });

  it("sums each category and pools the total", () => {
    const { categories, total } = sumByCategory(answers, ["entanglement"]);
    const byKey = Object.fromEntries(categories.map((c) => [c.categoryKey, c.sums]));
    expect(byKey["glue-code"]).toEqual({
      debtWeight: 3,
      totalWeight: 4,
      answeredCount: 2,
      applicableCount: 2,
      principalDays: 5,
    });
    expect(byKey["cultural-debt"]).toEqual({
      debtWeight: 0,
      totalWeight: 3,
      answeredCount: 1,
      applicableCount: 2,
      principalDays: 0,
    });
    expect(byKey["entanglement"]).toEqual(EMPTY_SUMS);
    expect(total).toEqual(sumAnswers(answers));
    // Pooled 3/7, not the mean of 0.75 and 0.
    expect(debtRatio(total)).toBeCloseTo(3 / 7, 12);
  });

  it("empty answers give empty sums", () => {
    expect(sumByCategory([])).toEqual({ categories: [], total: EMPTY_SUMS });
  });
});

describe("poolBreakdowns", () => {
  it("pools per category across entities", () => {
    const x = sumByCategory([a("glue-code", "FAIL"), a("cultural-debt", "PASS")]);
    const y = sumByCategory([a("glue-code", "PASS"), a("glue-code", "PASS"), a("entanglement", "PARTIAL", 2)]);
    const pooled = poolBreakdowns([x, y]);
    const byKey = Object.fromEntries(pooled.categories.map((c) => [c.categoryKey, c.sums]));
    expect(byKey["glue-code"]).toMatchObject({ debtWeight: 1, totalWeight: 3, answeredCount: 3 });
    expect(byKey["cultural-debt"]).toMatchObject({ debtWeight: 0, totalWeight: 1 });
    expect(byKey["entanglement"]).toMatchObject({ debtWeight: 1, totalWeight: 2 });
    expect(pooled.total).toEqual({
      debtWeight: 2,
      totalWeight: 6,
      answeredCount: 5,
      applicableCount: 5,
      principalDays: 1.5,
    });
  });
});
