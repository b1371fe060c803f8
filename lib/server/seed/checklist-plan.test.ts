import { describe, expect, it } from "vitest";
import type { ItemDef } from "@/lib/domain/checklist/types";
import { isEmptyPlan, planChecklist, validateContent, type StoredCategory, type StoredItem } from "./checklist-plan";

const category = { key: "c", name: "C", rubric: "DEBT" as const, paperSection: "", description: "" };
const storedCategory: StoredCategory = { id: "cat-1", ...category, position: 0 };
const def = (over: Partial<ItemDef> = {}): ItemDef => ({
  key: "c.one",
  categoryKey: "c",
  question: "Q?",
  guidance: "G",
  weight: 2,
  appliesTo: ["MODEL", "FEATURE"],
  remediationDays: 1,
  ...over,
});
const stored = (over: Partial<StoredItem> = {}): StoredItem => ({
  id: "item-1",
  key: "c.one",
  version: 1,
  categoryId: "cat-1",
  question: "Q?",
  guidance: "G",
  weight: 2,
  appliesTo: ["MODEL", "FEATURE"],
  remediationDays: 1,
  position: 0,
  retiredAt: null,
  editedById: null,
  ...over,
});
const plan = (items: ItemDef[], rows: StoredItem[]) =>
  planChecklist({ categories: [category], items }, [storedCategory], rows);

describe("planChecklist", () => {
  it("plans nothing when the stored checklist matches, whatever the order of appliesTo", () => {
    expect(isEmptyPlan(plan([def({ appliesTo: ["FEATURE", "MODEL"] })], [stored()]))).toBe(true);
  });

  it.each([
    ["question", { question: "New?" }],
    ["guidance", { guidance: "New" }],
    ["weight", { weight: 3 as const }],
    ["appliesTo", { appliesTo: ["MODEL"] as const }],
    ["remediationDays", { remediationDays: 2 }],
  ])("versions an item whose %s changed", (_, change) => {
    const p = plan([def(change)], [stored({ version: 3 }), stored({ id: "old", version: 2, retiredAt: new Date() })]);
    expect(p.retireItemIds).toEqual(["item-1"]);
    expect(p.createItems).toEqual([{ def: def(change), version: 4, position: 0 }]);
  });

  it("moves an item in place when only its position or category changed", () => {
    const p = plan([def({ key: "c.zero" }), def()], [stored({ id: "zero", key: "c.zero" }), stored()]);
    expect(p.moveItems).toEqual([{ id: "item-1", categoryKey: "c", position: 1 }]);
    expect(p.createItems).toEqual([]);
  });

  it("retires items no longer shipped, but not items edited in the app", () => {
    const p = plan([], [stored(), stored({ id: "edited", key: "c.custom", editedById: "u1" })]);
    expect(p.retireItemIds).toEqual(["item-1"]);
  });

  it("leaves an item edited in the app alone even when the content changes it", () => {
    expect(isEmptyPlan(plan([def({ question: "Shipped?" })], [stored({ editedById: "u1", question: "Ours?" })]))).toBe(
      true,
    );
  });

  it("does not bring back an item an admin retired in the app", () => {
    expect(
      isEmptyPlan(
        plan(
          [def()],
          [
            stored({ retiredAt: new Date(), version: 2, editedById: "u1" }),
            stored({ id: "v1", retiredAt: new Date() }),
          ],
        ),
      ),
    ).toBe(true);
  });

  it("brings a retired key back as the next version", () => {
    const p = plan([def()], [stored({ retiredAt: new Date(), version: 2 })]);
    expect(p.createItems).toEqual([{ def: def(), version: 3, position: 0 }]);
  });

  it("creates new categories and updates changed ones", () => {
    const p = planChecklist(
      {
        categories: [
          { ...category, name: "Renamed" },
          { ...category, key: "d" },
        ],
        items: [],
      },
      [storedCategory],
      [],
    );
    expect(p.updateCategories.map((c) => c.id)).toEqual(["cat-1"]);
    expect(p.createCategories.map((c) => [c.def.key, c.position])).toEqual([["d", 1]]);
  });

  it("rejects duplicate keys and unknown categories", () => {
    expect(() => validateContent({ categories: [category, category], items: [] })).toThrow(/appears twice/);
    expect(() => validateContent({ categories: [category], items: [def(), def()] })).toThrow(/appears twice/);
    expect(() => validateContent({ categories: [category], items: [def({ categoryKey: "x" })] })).toThrow(
      /unknown category/,
    );
  });
});
