import { describe, expect, test } from "vitest";
import { badgeSvg, gateBadge, ratingBadge } from "./badge-svg";

describe("badges", () => {
  test.each([
    [ratingBadge("C"), "debt: C", "#a86b00"],
    [ratingBadge(null), "debt: not assessed", "#6b7280"],
    [gateBadge("PASS", "B"), "debt gate: passing ≥ B", "#2e7d32"],
    [gateBadge("FAIL", "B"), "debt gate: failing ≥ B", "#c62828"],
    [gateBadge("NONE", null), "debt gate: none", "#6b7280"],
    [gateBadge("FAIL", null, 3), "debt gate: 3 failing", "#c62828"],
    [gateBadge("PASS", null), "debt gate: passing", "#2e7d32"],
  ])("%#: says %s on its colour", (svg, label, colour) => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`aria-label="${label}"`);
    expect(svg).toContain(`<title>${label}</title>`);
    expect(svg).toContain(`fill="${colour}"`);
  });

  test("text is escaped and a bad colour falls back to grey", () => {
    const svg = badgeSvg(`<a "b">`, "x&y", "red;stroke:url(javascript:1)");
    expect(svg).toContain("&lt;a &quot;b&quot;&gt;");
    expect(svg).toContain("x&amp;y");
    expect(svg).not.toContain("javascript");
  });

  test("a longer message makes a wider badge", () => {
    const width = (svg: string) => Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(width(badgeSvg("debt", "not assessed", "#000"))).toBeGreaterThan(width(badgeSvg("debt", "A", "#000")));
  });
});
