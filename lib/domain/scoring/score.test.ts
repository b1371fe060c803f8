import { describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/domain/kinds";
import { EMPTY_SUMS, coverage, debtOf, debtRatio, poolSums, ratingOf, sumAnswers } from "./score";
import type { ScorableAnswer } from "./score";

const a = (value: AnswerValue | null, weight = 1, remediationDays = 1): ScorableAnswer => ({
  value,
  weight,
  remediationDays,
});

describe("debtOf", () => {
  it.each([
    ["PASS", 0],
    ["PARTIAL", 0.5],
    ["FAIL", 1],
    ["NA", null],
    [null, null],
  ] as const)("%s → %s", (value, expected) => {
    expect(debtOf(value)).toBe(expected);
  });
});

describe("sumAnswers", () => {
  it.each([
    ["empty", [], EMPTY_SUMS],
    ["all n-a: nothing applies", [a("NA", 3, 5), a("NA")], EMPTY_SUMS],
    [
      "all pass",
      [a("PASS", 3, 5), a("PASS", 1, 2)],
      { debtWeight: 0, totalWeight: 4, answeredCount: 2, applicableCount: 2, principalDays: 0 },
    ],
    [
      "all fail",
      [a("FAIL", 3, 5), a("FAIL", 1, 2)],
      { debtWeight: 4, totalWeight: 4, answeredCount: 2, applicableCount: 2, principalDays: 7 },
    ],
    [
      "partial counts half",
      [a("PARTIAL", 2, 3)],
      { debtWeight: 1, totalWeight: 2, answeredCount: 1, applicableCount: 1, principalDays: 1.5 },
    ],
    [
      "unanswered stays applicable, adds no weight",
      [a("PASS", 2), a(null, 3, 8)],
      { debtWeight: 0, totalWeight: 2, answeredCount: 1, applicableCount: 2, principalDays: 0 },
    ],
    [
      "mixed",
      [a("PASS", 3, 10), a("PARTIAL", 2, 4), a("FAIL", 1, 1), a("NA", 3, 9), a(null, 2, 6)],
      { debtWeight: 2, totalWeight: 6, answeredCount: 3, applicableCount: 4, principalDays: 3 },
    ],
  ])("%s", (_label, answers, expected) => {
    expect(sumAnswers(answers)).toEqual(expected);
  });

  it("principal counts partial answers at half their remediation days", () => {
    const answers = [
      a("PARTIAL", 1, 3),
      a("PARTIAL", 3, 1.5),
      a("FAIL", 2, 2),
      a("PASS", 3, 10),
      a("NA", 3, 7),
      a(null, 3, 4),
    ];
    expect(sumAnswers(answers).principalDays).toBe(1.5 + 0.75 + 2);
  });

  it("does not mutate the shared empty sums", () => {
    sumAnswers([a("FAIL", 3)]);
    expect(EMPTY_SUMS).toEqual({
      debtWeight: 0,
      totalWeight: 0,
      answeredCount: 0,
      applicableCount: 0,
      principalDays: 0,
    });
    expect(Object.isFrozen(EMPTY_SUMS)).toBe(true);
  });
});

describe("debtRatio and coverage", () => {
  it.each([
    ["nothing answered: no ratio, zero coverage", [a(null), a(null)], null, 0],
    ["nothing applies: neither", [a("NA")], null, null],
    ["empty: neither", [], null, null],
    ["all answered", [a("FAIL"), a("PASS")], 0.5, 1],
    ["unanswered lowers coverage, not the ratio", [a("FAIL"), a("PASS"), a(null), a(null)], 0.5, 0.5],
    ["n-a changes neither", [a("FAIL"), a("PASS"), a("NA"), a("NA")], 0.5, 1],
    ["weights weigh the ratio, not coverage", [a("FAIL", 3), a("PASS", 1), a(null, 3)], 0.75, 2 / 3],
  ])("%s", (_label, answers, ratio, cov) => {
    const sums = sumAnswers(answers);
    expect(debtRatio(sums)).toBe(ratio);
    expect(coverage(sums)).toBe(cov);
  });
});

describe("pooled roll-up", () => {
  it.each([
    // One entity with a single failing item and one with nine passing items: the average of
    // their ratios says D, the pooled evidence (1 failing weight in 10) says B.
    [
      "small failing entity beside a large clean one",
      [[a("FAIL")], Array.from({ length: 9 }, () => a("PASS"))],
      0.1,
      0.5,
    ],
    [
      "heavy items weigh more than many light ones",
      [
        [a("FAIL", 3), a("FAIL", 3)],
        [a("PASS"), a("PASS"), a("PASS"), a("PASS")],
      ],
      0.6,
      0.5,
    ],
  ])("%s: pooled ratio differs from the mean of ratios", (_label, entities, pooled, mean) => {
    const perEntity = entities.map(sumAnswers);
    const ratios = perEntity.map((s) => debtRatio(s) ?? 0);
    expect(debtRatio(poolSums(perEntity))).toBeCloseTo(pooled, 12);
    expect(ratios.reduce((x, y) => x + y, 0) / ratios.length).toBeCloseTo(mean, 12);
    expect(ratingOf(pooled)).not.toBe(ratingOf(mean));
  });

  it("pooling nothing gives the empty sums", () => {
    expect(poolSums([])).toEqual(EMPTY_SUMS);
  });
});

describe("ratingOf", () => {
  it.each([
    [null, null],
    [0, "A"],
    [0.05, "A"],
    [0.0501, "B"],
    [0.1, "B"],
    [0.30000000000000004 / 3, "B"],
    [0.1001, "C"],
    [0.2, "C"],
    [0.2001, "D"],
    [0.5, "D"],
    [0.5001, "E"],
    [1, "E"],
  ] as const)("ratio %s → %s", (ratio, expected) => {
    expect(ratingOf(ratio)).toBe(expected);
  });

  // Boundaries reached through real sums: 1 failing weight out of 20, 10, 5 and 2.
  it.each([
    [20, "A"],
    [10, "B"],
    [5, "C"],
    [2, "D"],
  ] as const)("one failing weight among %i total → %s", (total, expected) => {
    const answers = [a("FAIL"), ...Array.from({ length: total - 1 }, () => a("PASS"))];
    expect(ratingOf(debtRatio(sumAnswers(answers)))).toBe(expected);
  });
});
