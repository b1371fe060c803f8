import { describe, expect, it } from "vitest";
import { monthEndsBetween, snapshotDays, weeksBefore } from "./snapshot-days";

describe("snapshotDays", () => {
  it("takes UTC days, deduplicated and sorted", () => {
    expect(
      snapshotDays([
        new Date("2026-03-02T23:30:00-05:00"),
        new Date("2026-03-01T10:00:00Z"),
        new Date("2026-03-01T20:00:00Z"),
      ]),
    ).toEqual(["2026-03-01", "2026-03-03"]);
    expect(snapshotDays(new Date("2026-01-31T00:00:00Z"))).toEqual(["2026-01-31"]);
  });
});

describe("monthEndsBetween", () => {
  it("lists every month's last day up to the month before, then the end itself", () => {
    const days = monthEndsBetween(new Date("2025-11-26T12:00:00Z"), new Date("2026-03-10T08:00:00Z")).map((d) =>
      d.toISOString().slice(0, 10),
    );
    expect(days).toEqual(["2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-10"]);
  });
});

describe("weeksBefore", () => {
  it.each([
    { until: "2026-11-26T10:00:00Z", weeks: 0, want: ["2026-11-26"] },
    { until: "2026-11-26T10:00:00Z", weeks: 2, want: ["2026-11-12", "2026-11-19", "2026-11-26"] },
    { until: "2026-01-08T23:30:00Z", weeks: 1, want: ["2026-01-01", "2026-01-08"] },
  ])("$weeks weeks before $until", ({ until, weeks, want }) => {
    expect(snapshotDays(weeksBefore(new Date(until), weeks))).toEqual(want);
  });
});
