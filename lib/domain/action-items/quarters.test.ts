import { describe, expect, it } from "vitest";
import { paydownSeries, quarterOf, quartersBetween } from "./quarters";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("quarterOf", () => {
  it.each([
    ["2026-01-01", "2026-Q1", "Q1 2026", "2026-01-01", "2026-03-31"],
    ["2026-03-31", "2026-Q1", "Q1 2026", "2026-01-01", "2026-03-31"],
    ["2026-04-01", "2026-Q2", "Q2 2026", "2026-04-01", "2026-06-30"],
    ["2026-09-30", "2026-Q3", "Q3 2026", "2026-07-01", "2026-09-30"],
    ["2026-12-31", "2026-Q4", "Q4 2026", "2026-10-01", "2026-12-31"],
    ["2024-02-29", "2024-Q1", "Q1 2024", "2024-01-01", "2024-03-31"],
  ])("%s → %s", (day, key, label, start, last) => {
    const q = quarterOf(d(day));
    expect([q.key, q.label, q.start.toISOString().slice(0, 10), q.lastDay.toISOString().slice(0, 10)]).toEqual([
      key,
      label,
      start,
      last,
    ]);
  });

  it("uses UTC: late on 31 March in New York is already Q2 in UTC", () => {
    expect(quarterOf(new Date("2026-03-31T23:30:00-04:00")).key).toBe("2026-Q2");
  });
});

describe("quartersBetween", () => {
  it("spans years, inclusive", () => {
    expect(quartersBetween(d("2025-11-15"), d("2026-05-02")).map((q) => q.key)).toEqual([
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
  });
  it("is one quarter within a quarter and empty when reversed", () => {
    expect(quartersBetween(d("2026-01-05"), d("2026-02-05")).map((q) => q.key)).toEqual(["2026-Q1"]);
    expect(quartersBetween(d("2026-05-05"), d("2026-02-05"))).toEqual([]);
  });
});

describe("paydownSeries", () => {
  const snapshots = [
    { takenOn: d("2025-12-20"), principalDays: 50 },
    { takenOn: d("2026-02-10"), principalDays: 44 },
    { takenOn: d("2026-03-31"), principalDays: 40 },
    { takenOn: d("2026-04-01"), principalDays: 38 },
  ];
  const items = [
    { dueDate: d("2026-02-01"), completedAt: new Date("2026-03-30T10:00:00Z"), status: "DONE", estimateDays: 3 },
    { dueDate: d("2026-03-15"), completedAt: null, status: "OPEN", estimateDays: 2 },
    { dueDate: d("2026-03-20"), completedAt: null, status: "WONT_DO", estimateDays: 8 },
    { dueDate: d("2026-05-01"), completedAt: null, status: "IN_PROGRESS", estimateDays: null },
    { dueDate: null, completedAt: new Date("2026-04-10T00:00:00Z"), status: "DONE", estimateDays: 1.5 },
    { dueDate: d("2026-08-01"), completedAt: null, status: "OPEN", estimateDays: 4 },
  ];
  it("takes principal on each quarter's last day and sums plans and done work per quarter", () => {
    expect(paydownSeries({ snapshots, items }, d("2025-10-01"), d("2026-09-30"))).toEqual([
      { quarter: "2025-Q4", label: "Q4 2025", end: "2025-12-31", principal: 50, planned: 0, done: 0 },
      { quarter: "2026-Q1", label: "Q1 2026", end: "2026-03-31", principal: 40, planned: 5, done: 3 },
      { quarter: "2026-Q2", label: "Q2 2026", end: "2026-06-30", principal: 38, planned: 0, done: 1.5 },
      { quarter: "2026-Q3", label: "Q3 2026", end: "2026-09-30", principal: 38, planned: 4, done: 0 },
    ]);
  });
  it("has no principal before the first snapshot", () => {
    expect(paydownSeries({ snapshots: [], items: [] }, d("2026-01-01"), d("2026-03-01"))).toEqual([
      { quarter: "2026-Q1", label: "Q1 2026", end: "2026-03-31", principal: null, planned: 0, done: 0 },
    ]);
  });
});
