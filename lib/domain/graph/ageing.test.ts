import { describe, expect, it } from "vitest";
import { isFutureEvent, USAGE_CLOCK_SKEW_MS } from "./ageing";

const now = new Date("2026-06-01T12:00:00Z");

describe("isFutureEvent", () => {
  it.each([
    { name: "now", at: now, future: false },
    { name: "in the past", at: new Date(now.getTime() - 86_400_000), future: false },
    { name: "a minute ahead (clock skew)", at: new Date(now.getTime() + 60_000), future: false },
    { name: "exactly at the skew", at: new Date(now.getTime() + USAGE_CLOCK_SKEW_MS), future: false },
    { name: "a millisecond past the skew", at: new Date(now.getTime() + USAGE_CLOCK_SKEW_MS + 1), future: true },
    { name: "tomorrow", at: new Date(now.getTime() + 86_400_000), future: true },
    { name: "next year", at: new Date("2027-06-01T12:00:00Z"), future: true },
  ])("$name", ({ at, future }) => {
    expect(isFutureEvent(at, now)).toBe(future);
  });
});
