import { describe, expect, it } from "vitest";
import { DEFAULT_STALE_AFTER_DAYS, daysSince, isStale } from "./staleness";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-15T12:00:00.000Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("isStale", () => {
  it.each<[string, Date | null, number | undefined, boolean]>([
    ["never assessed", null, undefined, true],
    ["just submitted", NOW, undefined, false],
    ["89 days", ago(89 * DAY), undefined, false],
    ["exactly 90 days is still current", ago(90 * DAY), undefined, false],
    ["90 days and a millisecond", ago(90 * DAY + 1), undefined, true],
    ["a year", ago(365 * DAY), undefined, true],
    ["submitted in the future (clock skew)", ago(-DAY), undefined, false],
    ["custom 30: exactly 30 days", ago(30 * DAY), 30, false],
    ["custom 30: 31 days", ago(31 * DAY), 30, true],
    ["custom 0: same instant", NOW, 0, false],
    ["custom 0: a millisecond later", ago(1), 0, true],
    ["never assessed, any age limit", null, 10_000, true],
  ])("%s → %s", (_label, last, maxAge, expected) => {
    expect(isStale(last, NOW, maxAge)).toBe(expected);
  });

  it("defaults to 90 days", () => {
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(90);
  });
});

describe("daysSince", () => {
  it.each([
    ["same instant", 0, 0],
    ["a minute short of a day", DAY - 60_000, 0],
    ["a day", DAY, 1],
    ["ninety and a half days", 90.5 * DAY, 90],
    ["in the future", -3 * DAY, 0],
  ])("%s → %i", (_label, elapsed, expected) => {
    expect(daysSince(ago(elapsed), NOW)).toBe(expected);
  });

  it("counts elapsed time across a daylight-saving change", () => {
    // 2026-03-29 is the EU spring-forward date: 24 h after 28 March noon UTC is one day, whatever the zone.
    expect(daysSince(new Date("2026-03-28T12:00:00Z"), new Date("2026-03-29T12:00:00Z"))).toBe(1);
  });
});
