import { describe, expect, it } from "vitest";
import { growthExponent, median, percentile, p95, summarize } from "./stats";

describe("median", () => {
  it.each([
    { samples: [], expected: Number.NaN },
    { samples: [7], expected: 7 },
    { samples: [3, 1, 2], expected: 2 },
    { samples: [4, 1, 3, 2], expected: 2.5 },
    { samples: [10, 10, 10, 1000], expected: 10 },
  ])("$samples → $expected", ({ samples, expected }) => {
    expect(median(samples)).toBe(expected);
  });

  it("does not reorder its input", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    { samples: hundred, p: 95, expected: 95 },
    { samples: hundred, p: 50, expected: 50 },
    { samples: hundred, p: 100, expected: 100 },
    { samples: [5, 1, 4, 2, 3], p: 95, expected: 5 },
    { samples: Array.from({ length: 20 }, (_, i) => 20 - i), p: 95, expected: 19 },
    { samples: [42], p: 95, expected: 42 },
    { samples: [], p: 95, expected: Number.NaN },
  ])("p$p of $samples.length samples → $expected", ({ samples, p, expected }) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it("p95 is percentile 95", () => {
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(10);
  });

  it.each([0, -1, 101])("refuses p = %d", (p) => {
    expect(() => percentile([1, 2], p)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("gives runs, median, p95, min and max", () => {
    expect(summarize([5, 3, 9, 1])).toEqual({ runs: 4, median: 4, p95: 9, min: 1, max: 9 });
  });
});

describe("growthExponent", () => {
  const pointsFor = (k: number, c = 3) => [100, 1_000, 10_000].map((size) => ({ size, time: c * size ** k }));
  it.each([0, 0.5, 1, 1.5, 2])("recovers k = %d from exact power laws", (k) => {
    expect(growthExponent(pointsFor(k))).toBeCloseTo(k, 10);
  });

  it("fits the least-squares slope when the points are not on one line", () => {
    // log10 sizes 2, 3, 4; log10 times 0, 1, 1.5 → slope 0.75
    const k = growthExponent([
      { size: 100, time: 1 },
      { size: 1_000, time: 10 },
      { size: 10_000, time: 10 ** 1.5 },
    ]);
    expect(k).toBeCloseTo(0.75, 10);
  });

  it("works from two sizes", () => {
    expect(
      growthExponent([
        { size: 10, time: 2 },
        { size: 40, time: 8 },
      ]),
    ).toBeCloseTo(1, 10);
  });

  it.each([
    { name: "no points", points: [] },
    {
      name: "one size",
      points: [
        { size: 10, time: 1 },
        { size: 10, time: 2 },
      ],
    },
    {
      name: "unusable times",
      points: [
        { size: 10, time: 0 },
        { size: 100, time: Number.NaN },
      ],
    },
  ])("is null with $name", ({ points }) => {
    expect(growthExponent(points)).toBeNull();
  });
});
