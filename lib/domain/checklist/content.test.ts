import { describe, expect, it } from "vitest";
import { CATEGORY_OF_SIGNAL } from "@/lib/domain/graph/categories";
import { ENTITY_KINDS } from "@/lib/domain/kinds";
import { CATEGORIES, ITEMS } from "./content";

const categoryByKey = new Map(CATEGORIES.map((c) => [c.key, c]));
const itemsIn = (categoryKey: string) => ITEMS.filter((i) => i.categoryKey === categoryKey);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("checklist content", () => {
  it.each([
    ["category keys", CATEGORIES.map((c) => c.key)],
    ["item keys", ITEMS.map((i) => i.key)],
    ["category names", CATEGORIES.map((c) => c.name)],
    ["questions", ITEMS.map((i) => i.question)],
  ])("%s are unique", (_label, values) => {
    expect(new Set(values).size).toBe(values.length);
  });

  it.each(CATEGORIES)("category $key has a slug key and non-empty text", (c) => {
    expect(c.key).toMatch(SLUG);
    for (const text of [c.name, c.paperSection, c.description]) expect(text.trim()).not.toBe("");
  });

  it.each(ITEMS)("item $key is well formed", (item) => {
    const category = categoryByKey.get(item.categoryKey);
    expect(category, "its category exists").toBeDefined();
    const [prefix, slug, ...rest] = item.key.split(".");
    expect(prefix).toBe(item.categoryKey);
    expect(slug).toMatch(SLUG);
    expect(rest).toEqual([]);
    expect(item.question.trim()).not.toBe("");
    expect(item.question.trim().endsWith("?")).toBe(true);
    expect(item.guidance.trim()).not.toBe("");
    expect([1, 2, 3]).toContain(item.weight);
    expect(item.remediationDays).toBeGreaterThan(0);
    expect(item.remediationDays).toBeLessThanOrEqual(20);
    expect(item.appliesTo.length).toBeGreaterThan(0);
    expect(new Set(item.appliesTo).size).toBe(item.appliesTo.length);
    for (const kind of item.appliesTo) expect(ENTITY_KINDS).toContain(kind);
    if (category?.rubric === "ML_TEST_SCORE") expect(item.appliesTo).toEqual(["MODEL"]);
  });

  it.each(CATEGORIES.filter((c) => c.rubric === "DEBT"))("debt category $key has 2–5 items", (c) => {
    const n = itemsIn(c.key).length;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(5);
  });

  it("the ML Test Score has exactly four sections of seven tests", () => {
    const sections = CATEGORIES.filter((c) => c.rubric === "ML_TEST_SCORE").map((c) => c.key);
    expect(sections).toEqual(["ml-test-data", "ml-test-model", "ml-test-infrastructure", "ml-test-monitoring"]);
    expect(sections.map((k) => itemsIn(k).length)).toEqual([7, 7, 7, 7]);
  });

  it.each(ENTITY_KINDS)("%s has applicable debt items", (kind) => {
    const debtKeys = new Set(CATEGORIES.filter((c) => c.rubric === "DEBT").map((c) => c.key));
    const applicable = ITEMS.filter((i) => debtKeys.has(i.categoryKey) && i.appliesTo.includes(kind));
    expect(applicable.length).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.entries(CATEGORY_OF_SIGNAL))(
    "%s findings are filed under an existing debt category (%s)",
    (_kind, key) => {
      expect(categoryByKey.get(key)?.rubric).toBe("DEBT");
    },
  );
});
