import { describe, expect, it } from "vitest";
import { groupEvents, niceTicks, seriesMax, thin } from "./ticks";

describe("niceTicks", () => {
  it.each([
    [0.26, [0, 0.1, 0.2, 0.3]],
    [0.2, [0, 0.05, 0.1, 0.15, 0.2]],
    [0.062, [0, 0.02, 0.04, 0.06, 0.08]],
    [1, [0, 0.25, 0.5, 0.75, 1]],
    [5446, [0, 2000, 4000, 6000]],
    [1000, [0, 250, 500, 750, 1000]],
    [3, [0, 1, 2, 3]],
    [0, [0, 1]],
    [Number.NaN, [0, 1]],
  ])("%d → %j", (max, ticks) => expect(niceTicks(max)).toEqual(ticks));
});

describe("thin", () => {
  it.each([
    [[1, 2, 3], 8, [1, 2, 3]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 6, [1, 3, 5, 7, 9, 11]],
    [[1, 2, 3, 4, 5], 2, [1, 5]],
  ])("%j to %i → %j", (values, max, expected) => expect(thin(values, max)).toEqual(expected));
});

describe("groupEvents", () => {
  it.each([
    [[], 10, []],
    [
      [0, 100],
      10,
      [
        { t: 0, label: "1" },
        { t: 100, label: "2" },
      ],
    ],
    [
      [0, 5, 100],
      10,
      [
        { t: 0, label: "1\u20132" },
        { t: 100, label: "3" },
      ],
    ],
    [
      [0, 5, 9, 50],
      10,
      [
        { t: 0, label: "1\u20133" },
        { t: 50, label: "4" },
      ],
    ],
  ])("%j within %i", (times, gap, expected) => expect(groupEvents(times, gap)).toEqual(expected));
});

describe("seriesMax", () => {
  const rows = [
    { a: 1, b: 2, c: "x" },
    { a: 3, b: null, c: "y" },
    { a: -1, b: 4, c: "z" },
  ];
  it.each([
    [["a"], false, 3],
    [["a", "b"], false, 4],
    [["a", "b"], true, 3],
    [["c"], false, 0],
    [[], false, 0],
  ])("%j stacked=%s → %d", (keys, stacked, max) => expect(seriesMax(rows, keys, stacked)).toBe(max));
});
