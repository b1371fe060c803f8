// What it takes to bring the stored checklist in line with the shipped content. Pure, so the
// versioning rules can be tested without a database and the loader can skip writing entirely
// when the plan is empty.
import type { CategoryDef, ItemDef } from "@/lib/domain/checklist/types";
import type { EntityKind, Rubric } from "@/lib/domain/kinds";

export interface StoredCategory {
  id: string;
  key: string;
  name: string;
  rubric: Rubric;
  paperSection: string;
  description: string;
  position: number;
}

export interface StoredItem {
  id: string;
  key: string;
  version: number;
  categoryId: string;
  question: string;
  guidance: string;
  weight: number;
  appliesTo: readonly EntityKind[];
  remediationDays: number;
  position: number;
  retiredAt: Date | null;
  editedById: string | null;
}

export interface ChecklistContent {
  categories: readonly CategoryDef[];
  items: readonly ItemDef[];
}

export interface NewItem {
  def: ItemDef;
  version: number;
  position: number;
}

export interface ChecklistPlan {
  createCategories: { def: CategoryDef; position: number }[];
  updateCategories: { id: string; def: CategoryDef; position: number }[];
  /** New keys, keys brought back after retirement, and new versions of changed items. */
  createItems: NewItem[];
  /** Old versions of changed items, and items no longer shipped. */
  retireItemIds: string[];
  /** Changes that do not alter what an answer meant: order and category. */
  moveItems: { id: string; categoryKey: string; position: number }[];
}

export function isEmptyPlan(plan: ChecklistPlan): boolean {
  return (
    plan.createCategories.length === 0 &&
    plan.updateCategories.length === 0 &&
    plan.createItems.length === 0 &&
    plan.retireItemIds.length === 0 &&
    plan.moveItems.length === 0
  );
}

export function validateContent(content: ChecklistContent): void {
  const categoryKeys = new Set<string>();
  for (const c of content.categories) {
    if (categoryKeys.has(c.key)) throw new Error(`Checklist content: category key "${c.key}" appears twice.`);
    categoryKeys.add(c.key);
  }
  const itemKeys = new Set<string>();
  for (const i of content.items) {
    if (itemKeys.has(i.key)) throw new Error(`Checklist content: item key "${i.key}" appears twice.`);
    if (!categoryKeys.has(i.categoryKey)) {
      throw new Error(`Checklist content: item "${i.key}" names unknown category "${i.categoryKey}".`);
    }
    itemKeys.add(i.key);
  }
}

const sameKinds = (a: readonly EntityKind[], b: readonly EntityKind[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Whether a stored version still says what the content says. Question and guidance are what
 * the assessor read, and weight, scope and effort change the score an answer produces, so any
 * of them changing means earlier answers belong to an earlier version.
 */
export function sameMeaning(stored: StoredItem, def: ItemDef): boolean {
  return (
    stored.question === def.question &&
    stored.guidance === def.guidance &&
    stored.weight === def.weight &&
    stored.remediationDays === def.remediationDays &&
    sameKinds(stored.appliesTo, def.appliesTo)
  );
}

export function planChecklist(
  content: ChecklistContent,
  categories: readonly StoredCategory[],
  items: readonly StoredItem[],
): ChecklistPlan {
  validateContent(content);
  const plan: ChecklistPlan = {
    createCategories: [],
    updateCategories: [],
    createItems: [],
    retireItemIds: [],
    moveItems: [],
  };

  const categoryByKey = new Map(categories.map((c) => [c.key, c]));
  const categoryKeyById = new Map(categories.map((c) => [c.id, c.key]));
  content.categories.forEach((def, position) => {
    const stored = categoryByKey.get(def.key);
    if (!stored) {
      plan.createCategories.push({ def, position });
    } else if (
      stored.name !== def.name ||
      stored.rubric !== def.rubric ||
      stored.paperSection !== def.paperSection ||
      stored.description !== def.description ||
      stored.position !== position
    ) {
      plan.updateCategories.push({ id: stored.id, def, position });
    }
  });

  const latestVersion = new Map<string, number>();
  const latestRow = new Map<string, StoredItem>();
  const active = new Map<string, StoredItem>();
  for (const item of items) {
    latestVersion.set(item.key, Math.max(latestVersion.get(item.key) ?? 0, item.version));
    const newest = latestRow.get(item.key);
    if (!newest || item.version > newest.version) latestRow.set(item.key, item);
    if (item.retiredAt !== null) continue;
    const current = active.get(item.key);
    if (!current || item.version > current.version) active.set(item.key, item);
  }

  const shipped = new Set<string>();
  content.items.forEach((def, position) => {
    shipped.add(def.key);
    const stored = active.get(def.key);
    // An item edited (or retired) in the app belongs to the organisation from then on:
    // restarting with the shipped content must not silently undo that edit or revive it.
    if (latestRow.get(def.key)?.editedById) return;
    if (!stored) {
      plan.createItems.push({ def, version: (latestVersion.get(def.key) ?? 0) + 1, position });
      return;
    }
    if (!sameMeaning(stored, def)) {
      plan.retireItemIds.push(stored.id);
      plan.createItems.push({ def, version: (latestVersion.get(def.key) ?? 0) + 1, position });
      return;
    }
    if (stored.position !== position || categoryKeyById.get(stored.categoryId) !== def.categoryKey) {
      plan.moveItems.push({ id: stored.id, categoryKey: def.categoryKey, position });
    }
  });

  for (const stored of active.values()) {
    if (!shipped.has(stored.key) && !stored.editedById) plan.retireItemIds.push(stored.id);
  }
  return plan;
}
