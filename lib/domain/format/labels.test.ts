import { describe, expect, test } from "vitest";
import { decodeSegment, entityHref, enumLabel, kindFromSlug, kindSlug, pluralize } from "./labels";

describe("enumLabel", () => {
  test.each([
    ["MODEL", "Model"],
    ["DATA_SOURCE", "Data source"],
    ["IN_PROGRESS", "In progress"],
    ["ML_TEST_SCORE", "ML test score"],
    ["WONT_DO", "Wont do"],
  ])("%s → %s", (v, want) => expect(enumLabel(v)).toBe(want));
});

describe("kindFromSlug / kindSlug", () => {
  test.each([
    ["models", "MODEL"],
    ["features", "FEATURE"],
    ["data-sources", "DATA_SOURCE"],
    ["consumers", "CONSUMER"],
    ["MODEL", null],
    ["", null],
    [undefined, null],
  ] as const)("%s → %s", (slug, want) => expect(kindFromSlug(slug)).toBe(want));

  test("round-trips", () => expect(kindFromSlug(kindSlug("DATA_SOURCE"))).toBe("DATA_SOURCE"));
});

describe("entityHref", () => {
  test.each([
    ["MODEL", "ctr-v2", "/catalog/models/ctr-v2"],
    ["FEATURE", "user.clicks_7d", "/catalog/features/user.clicks_7d"],
    ["CONSUMER", "a b/c", "/catalog/consumers/a%20b%2Fc"],
  ] as const)("%s %s → %s", (kind, name, want) => expect(entityHref(kind, name)).toBe(want));
});

describe("pluralize", () => {
  test.each([
    [0, "model", undefined, "0 models"],
    [1, "model", undefined, "1 model"],
    [1200, "feature", undefined, "1,200 features"],
    [2, "data source", undefined, "2 data sources"],
    [2, "person", "people", "2 people"],
  ] as const)("%d %s → %s", (n, one, many, want) => expect(pluralize(n, one, many)).toBe(want));
});

describe("decodeSegment", () => {
  test.each([
    ["ctr-v2", "ctr-v2"],
    ["a%20b%2Fc", "a b/c"],
    ["100%", "100%"],
    ["%E0%A4%A", "%E0%A4%A"],
  ])("%s → %s", (raw, want) => expect(decodeSegment(raw)).toBe(want));
});
