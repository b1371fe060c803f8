import { describe, expect, it } from "vitest";
import { addMonths, bucketEnd, bucketsBetween, bucketStart, rangeStart } from "./buckets";

describe("addMonths", () => {
  it.each([
    ["2026-11-26", -12, "2025-11-26"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2026-01-15", -3, "2025-10-15"],
    ["2026-10-31", 1, "2026-11-30"],
  ])("%s %i months → %s", (day, months, expected) => expect(addMonths(day, months)).toBe(expected));
});

describe("rangeStart", () => {
  it.each([
    ["3m", "2026-08-26"],
    ["6m", "2026-05-26"],
    ["12m", "2025-11-26"],
    ["24m", "2024-11-26"],
  ] as const)("%s before 26 Nov 2026 → %s", (range, expected) =>
    expect(rangeStart(range, new Date("2026-11-26T23:59:00Z"))).toBe(expected),
  );
});

describe("bucketStart / bucketEnd", () => {
  it.each([
    ["2026-11-26", "month", "2026-11-01", "2026-11-30"],
    ["2026-02-01", "month", "2026-02-01", "2026-02-28"],
    ["2026-11-26", "week", "2026-11-23", "2026-11-29"], // Thursday → Monday
    ["2026-11-23", "week", "2026-11-23", "2026-11-29"], // Monday stays
    ["2026-11-29", "week", "2026-11-23", "2026-11-29"], // Sunday ends its week
    ["2026-01-01", "week", "2025-12-29", "2026-01-04"], // across a year
  ] as const)("%s by %s → %s … %s", (day, grain, start, end) => {
    expect(bucketStart(day, grain)).toBe(start);
    expect(bucketEnd(start, grain)).toBe(end);
  });
});

describe("bucketsBetween", () => {
  it("covers the range, the last bucket cut at the end day", () => {
    expect(bucketsBetween("2026-08-26", "2026-11-26", "month")).toEqual([
      { start: "2026-08-01", end: "2026-08-31" },
      { start: "2026-09-01", end: "2026-09-30" },
      { start: "2026-10-01", end: "2026-10-31" },
      { start: "2026-11-01", end: "2026-11-26" },
    ]);
    expect(bucketsBetween("2026-11-10", "2026-11-26", "week")).toEqual([
      { start: "2026-11-09", end: "2026-11-15" },
      { start: "2026-11-16", end: "2026-11-22" },
      { start: "2026-11-23", end: "2026-11-26" },
    ]);
  });
  it.each([
    ["3m", "week", 14],
    ["12m", "month", 13],
    ["24m", "week", 105],
  ] as const)("%s by %s has %i buckets", (range, grain, n) => {
    const now = new Date("2026-11-26T12:00:00Z");
    expect(bucketsBetween(rangeStart(range, now), "2026-11-26", grain)).toHaveLength(n);
  });
  it("is empty for a reversed range", () => expect(bucketsBetween("2026-02-01", "2026-01-01", "month")).toEqual([]));
});
