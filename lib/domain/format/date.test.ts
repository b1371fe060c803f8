import { describe, expect, test } from "vitest";
import { daysUntil, formatDate, formatRelative } from "./date";

const now = new Date("2026-11-26T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatDate", () => {
  test.each<[Date | null, string]>([
    [null, "—"],
    [new Date("2026-11-03T00:00:00Z"), "3 Nov 2026"],
    [new Date("2025-01-31T23:59:00Z"), "31 Jan 2025"],
  ])("%s → %s", (d, want) => expect(formatDate(d)).toBe(want));
});

describe("formatRelative", () => {
  test.each<[Date | null, string]>([
    [null, "never"],
    [ago(10), "just now"],
    [ago(5 * 60), "5 min ago"],
    [ago(3 * 3600), "3 h ago"],
    [ago(3 * 86400), "3 d ago"],
    [ago(65 * 86400), "2 mo ago"],
    [ago(800 * 86400), "2 y ago"],
    [ago(-4 * 86400), "in 4 d"],
  ])("%s → %s", (d, want) => expect(formatRelative(d, now)).toBe(want));
});

describe("daysUntil", () => {
  test.each<[string, number]>([
    ["2026-11-26", 0],
    ["2026-11-30", 4],
    ["2026-11-20", -6],
  ])("%s → %d", (d, want) => expect(daysUntil(new Date(`${d}T00:00:00Z`), now)).toBe(want));
});
