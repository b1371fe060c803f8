import { describe, expect, it } from "vitest";
import { defaultPeriodStart, defaultReviewTitle, exportFileName, parseSection, presentHref } from "./params";

describe("parseSection", () => {
  it.each([
    [undefined, 8, 1],
    ["3", 8, 3],
    [["4", "5"], 8, 4],
    ["0", 8, 1],
    ["-2", 8, 1],
    ["99", 8, 8],
    ["2.5", 8, 1],
    ["abc", 8, 1],
    ["3", 0, 1],
  ] as const)("%j of %i → %i", (raw, count, expected) =>
    expect(parseSection({ s: raw as string | string[] | undefined }, count)).toBe(expected),
  );
});

describe("periods and names", () => {
  const now = new Date("2026-11-26T12:00:00.000Z");
  it("starts where the last closed review ended", () => {
    const end = new Date("2026-10-20T14:00:00.000Z");
    expect(defaultPeriodStart(end, now)).toEqual(end);
  });
  it("else 30 days back", () => expect(defaultPeriodStart(null, now).toISOString()).toBe("2026-10-27T12:00:00.000Z"));
  it("titles by scope and day", () =>
    expect(defaultReviewTitle("Ranking", now)).toBe("Ranking debt review, 26 Nov 2026"));
  it.each([
    ["Ranking debt review, 26 Nov 2026", "ranking-debt-review-26-nov-2026.md"],
    ["Ça va / déjà? ", "ca-va-deja.md"],
    ["!!!", "review.md"],
  ])("%s → %s", (title, name) => expect(exportFileName(title)).toBe(name));
  it("links the presenter to a screen", () => expect(presentHref("r 1", 3)).toBe("/review/r%201/present?s=3"));
});
