import { describe, expect, it } from "vitest";
import { toTrendRows } from "./series";

describe("toTrendRows", () => {
  it.each([
    [
      { debtWeight: 2, totalWeight: 8, answeredCount: 4, applicableCount: 5, principalDays: 3.5 },
      3,
      { ratio: 0.25, coverage: 0.8, principal: 3.5, entities: 3 },
    ],
    [
      { debtWeight: 0, totalWeight: 0, answeredCount: 0, applicableCount: 0, principalDays: 0 },
      0,
      { ratio: null, coverage: null, principal: 0, entities: 0 },
    ],
    [
      { debtWeight: 0, totalWeight: 0, answeredCount: 0, applicableCount: 6, principalDays: 0 },
      1,
      { ratio: null, coverage: 0, principal: 0, entities: 1 },
    ],
  ])("pooled sums %j → ratio and coverage from the sums", (sums, entityCount, expected) => {
    expect(toTrendRows([{ day: "2026-01-31", sums, entityCount }])).toEqual([{ day: "2026-01-31", ...expected }]);
  });
});
