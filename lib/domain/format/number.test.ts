import { describe, expect, test } from "vitest";
import { formatCount, formatDays, formatDecimal, formatPercent, UNIT_SPACE as S } from "./number";

describe("formatCount", () => {
  test.each([
    [0, "0"],
    [7, "7"],
    [1234, "1,234"],
    [20000, "20,000"],
  ])("%d → %s", (n, want) => expect(formatCount(n)).toBe(want));
});

describe("formatPercent", () => {
  test.each<[number | null, number, string]>([
    [null, 0, "—"],
    [0, 0, `0${S}%`],
    [0.4, 0, `40${S}%`],
    [1, 0, `100${S}%`],
    [0.123, 1, `12.3${S}%`],
    [0.004, 0, `<1${S}%`],
    [0.0004, 1, `<0.1${S}%`],
    [Number.NaN, 0, "—"],
  ])("%s (%d digits) → %s", (share, digits, want) => expect(formatPercent(share, digits)).toBe(want));
});

describe("formatDays", () => {
  test.each<[number | null, string]>([
    [null, "—"],
    [0, `0${S}d`],
    [2.5, `2.5${S}d`],
    [2.04, `2${S}d`],
    [1234, `1,234${S}d`],
    [5438.25, `5,438.3${S}d`],
    [0.04, `0${S}d`],
  ])("%s → %s", (days, want) => expect(formatDays(days)).toBe(want));
});

describe("formatDecimal", () => {
  test.each<[number | null, number, string]>([
    [null, 2, "—"],
    [0.4567, 2, "0.46"],
    [3, 1, "3.0"],
  ])("%s → %s", (n, digits, want) => expect(formatDecimal(n, digits)).toBe(want));
});
