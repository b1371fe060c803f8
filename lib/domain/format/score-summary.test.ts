import { describe, expect, test } from "vitest";
import { coverageText, summarizeScore, type ScoreSummary } from "./score-summary";
import { UNIT_SPACE } from "./number";

describe("summarizeScore", () => {
  test.each<[string, Parameters<typeof summarizeScore>[0], ScoreSummary]>([
    ["never assessed", null, { ratio: null, rating: null, coverage: null, principalDays: 0 }],
    [
      "nothing answered",
      { debtWeight: 0, totalWeight: 0, answeredCount: 0, applicableCount: 4, principalDays: 0 },
      { ratio: null, rating: null, coverage: 0, principalDays: 0 },
    ],
    [
      "clean",
      { debtWeight: 0, totalWeight: 10, answeredCount: 5, applicableCount: 5, principalDays: 0 },
      { ratio: 0, rating: "A", coverage: 1, principalDays: 0 },
    ],
    [
      "pooled, C",
      { debtWeight: 3, totalWeight: 20, answeredCount: 8, applicableCount: 10, principalDays: 6.5 },
      { ratio: 0.15, rating: "C", coverage: 0.8, principalDays: 6.5 },
    ],
  ])("%s", (_name, sums, want) => expect(summarizeScore(sums)).toEqual(want));
});

describe("coverageText", () => {
  test.each<[number | null, string]>([
    [null, "—"],
    [0, `0${UNIT_SPACE}%`],
    [0.999, `99${UNIT_SPACE}%`],
    [1, `100${UNIT_SPACE}%`],
  ])("%s → %s", (cov, want) => expect(coverageText(cov)).toBe(want));
});
