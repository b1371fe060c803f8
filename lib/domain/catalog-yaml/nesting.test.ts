import { describe, expect, it } from "vitest";
import { excessiveNesting, MAX_FLOW_DEPTH, MAX_INDENT } from "./nesting";

describe("excessiveNesting", () => {
  it.each([
    [
      "a plain catalogue document",
      "apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: x, tags: [a, b] }\nspec: { uses: [feature:a] }\n",
      null,
    ],
    ["brackets at the limit", `k: ${"[".repeat(MAX_FLOW_DEPTH)}${"]".repeat(MAX_FLOW_DEPTH)}`, null],
    ["brackets one over the limit", `k: ${"[".repeat(MAX_FLOW_DEPTH + 1)}`, /line 1: brackets nested more than 64/],
    ["braces deep on line 3", `a: 1\nb: 2\nc: ${"{a: ".repeat(100)}`, /line 3: brackets/],
    ["brackets inside double quotes", `d: "${"[".repeat(500)}"`, null],
    ["brackets inside single quotes", `d: '${"[".repeat(500)}'`, null],
    ["brackets in a comment", `k: 1 # ${"[".repeat(500)}\nj: 2`, null],
    ["an escaped quote inside double quotes", `d: "a \\" ${"[".repeat(500)}"`, null],
    ["indentation at the limit", `${" ".repeat(MAX_INDENT)}k: 1`, null],
    ["indentation over the limit", `a:\n${" ".repeat(MAX_INDENT + 1)}k: 1`, /line 2: indented more than/],
  ])("%s", (_label, text, expected) => {
    const result = excessiveNesting(text);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});
