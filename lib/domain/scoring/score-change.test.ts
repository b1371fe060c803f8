import { describe, expect, it } from "vitest";
import { EMPTY_SUMS, type ScoreSums } from "./score";
import { mlTestScoreChangeText, scoreChange, submitSummary } from "./score-change";

const sums = (debtWeight: number, totalWeight: number, principalDays: number): ScoreSums => ({
  ...EMPTY_SUMS,
  debtWeight,
  totalWeight,
  answeredCount: 1,
  applicableCount: 1,
  principalDays,
});

describe("scoreChange", () => {
  it.each([
    ["never assessed → C", null, sums(1.5, 10, 4), "not assessed → C", "0\u202fd → 4\u202fd (+4\u202fd)"],
    ["worse", sums(0.8, 10, 12), sums(1.5, 10, 15), "B → C", "12\u202fd → 15\u202fd (+3\u202fd)"],
    ["better", sums(3, 10, 15.5), sums(0.4, 10, 2), "D → A", "15.5\u202fd → 2\u202fd (−13.5\u202fd)"],
    ["unchanged", sums(0.8, 10, 6), sums(0.9, 10, 6.01), "B (unchanged)", "6\u202fd (unchanged)"],
    ["nothing answered after", sums(1, 10, 3), EMPTY_SUMS, "B → not assessed", "3\u202fd → 0\u202fd (−3\u202fd)"],
  ])("%s", (_name, before, after, rating, principal) => {
    const c = scoreChange(before, after);
    expect(c.ratingText).toBe(rating);
    expect(c.principalText).toBe(principal);
  });
});

describe("submitSummary", () => {
  it("counts N/A as answered and open items as unanswered", () => {
    const s = submitSummary(
      [
        { weight: 2, remediationDays: 3, value: "FAIL" },
        { weight: 1, remediationDays: 1, value: "NA" },
        { weight: 1, remediationDays: 1, value: null },
        { weight: 2, remediationDays: 2, value: "PASS" },
      ],
      null,
    );
    expect(s).toMatchObject({ total: 4, answered: 3, unanswered: 1 });
    expect(s.change.rating.after).toBe("D");
    expect(s.change.principal.after).toBe(3);
  });
});

describe("mlTestScoreChangeText", () => {
  it.each([
    [null, 3, "none → 3"],
    [2, 3.5, "2 → 3.5"],
    [3, 3, "3 (unchanged)"],
  ])("%s → %s", (before, after, text) => expect(mlTestScoreChangeText(before, after)).toBe(text));
});
