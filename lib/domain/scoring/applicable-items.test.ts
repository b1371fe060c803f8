import { describe, expect, it } from "vitest";
import { ITEMS } from "@/lib/domain/checklist/content";
import { ENTITY_KINDS } from "@/lib/domain/kinds";
import type { EntityKind } from "@/lib/domain/kinds";
import { itemsForNewAssessment } from "./applicable-items";
import { sumAnswers } from "./score";

const RETIRED = new Date("2026-01-01T00:00:00Z");
const checklist = [
  { key: "m1", appliesTo: ["MODEL"], retiredAt: null },
  { key: "m2-old", appliesTo: ["MODEL"], retiredAt: RETIRED },
  { key: "mf", appliesTo: ["MODEL", "FEATURE"], retiredAt: null },
  { key: "ds", appliesTo: ["DATA_SOURCE"] },
  { key: "c-old", appliesTo: ["CONSUMER"], retiredAt: RETIRED },
] satisfies { key: string; appliesTo: EntityKind[]; retiredAt?: Date | null }[];

describe("itemsForNewAssessment", () => {
  it.each<[EntityKind, string[]]>([
    ["MODEL", ["m1", "mf"]],
    ["FEATURE", ["mf"]],
    ["DATA_SOURCE", ["ds"]],
    ["CONSUMER", []],
  ])("%s asks %j", (kind, keys) => {
    expect(itemsForNewAssessment(checklist, kind).map((i) => i.key)).toEqual(keys);
  });

  it.each(ENTITY_KINDS)("the shipped checklist gives %s only items that apply to it", (kind) => {
    const items = itemsForNewAssessment(ITEMS, kind);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.appliesTo.includes(kind))).toBe(true);
  });
});

describe("answers to retired items", () => {
  it("still score as they were in the assessment that gave them", () => {
    const answers = [
      { itemKey: "m1", value: "PASS" as const, weight: 2, remediationDays: 1 },
      { itemKey: "m2-old", value: "FAIL" as const, weight: 3, remediationDays: 4 },
    ];
    expect(sumAnswers(answers)).toEqual({
      debtWeight: 3,
      totalWeight: 5,
      answeredCount: 2,
      applicableCount: 2,
      principalDays: 4,
    });
  });
});
