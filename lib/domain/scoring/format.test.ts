import { describe, expect, it } from "vitest";
import { UNIT_SPACE } from "@/lib/domain/format/number";
import { NOT_ASSESSED, formatCoverage, formatRating } from "./format";
import type { Rating } from "./score";

// Written with plain spaces for readability; the output uses a narrow no-break space before "%".
const pct = (text: string) => text.replace(" %", `${UNIT_SPACE}%`);

describe("formatRating", () => {
  it.each<[string, Rating | null, number | null, string]>([
    ["no rating, nothing applies", null, null, NOT_ASSESSED],
    ["no rating, nothing answered", null, 0, NOT_ASSESSED],
    ["complete", "C", 1, "C"],
    ["rating without coverage is shown as complete", "E", null, "E"],
    ["partly answered", "C", 0.4, "C · 40 % answered"],
    ["rounds down, never to 100 while open", "A", 0.999, "A · 99 % answered"],
    ["never 0 % beside a letter", "B", 0.001, "B · 1 % answered"],
    ["float noise does not lose a percent", "D", 0.29, "D · 29 % answered"],
  ])("%s", (_label, rating, cov, expected) => {
    expect(formatRating(rating, cov)).toBe(pct(expected));
  });

  it("says not assessed in words", () => {
    expect(NOT_ASSESSED).toBe("not assessed");
  });
});

describe("formatCoverage", () => {
  it.each([
    [0, "0 %"],
    [0.5, "50 %"],
    [2 / 3, "66 %"],
    [1, "100 %"],
  ])("%s → %s", (cov, expected) => {
    expect(formatCoverage(cov)).toBe(pct(expected));
  });
});
