// Brings DebtCategory / ChecklistItem in line with lib/domain/checklist/content.ts. Runs on
// every start: two reads when nothing changed; otherwise one transaction under an advisory lock
// so two processes starting together do not both write version n + 1.
import { CATEGORIES, ITEMS } from "@/lib/domain/checklist/content";
import type { Db, Tx } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import {
  isEmptyPlan,
  planChecklist,
  type ChecklistContent,
  type ChecklistPlan,
  type StoredCategory,
  type StoredItem,
} from "./checklist-plan";

export interface LoadChecklistResult {
  changed: boolean;
  categoriesCreated: number;
  categoriesUpdated: number;
  itemsCreated: number;
  itemsRetired: number;
  itemsMoved: number;
}

export interface LoadChecklistOptions {
  content?: ChecklistContent;
  /** When new rows take effect and old ones retire; seeds backdate it to their history start. */
  now?: Date;
}

async function readStored(db: Db | Tx): Promise<{ categories: StoredCategory[]; items: StoredItem[] }> {
  // Sequential: inside a transaction the two reads share one connection anyway.
  const categories = await db.debtCategory.findMany({
    select: { id: true, key: true, name: true, rubric: true, paperSection: true, description: true, position: true },
  });
  const items = await db.checklistItem.findMany({
    select: {
      id: true,
      key: true,
      version: true,
      categoryId: true,
      question: true,
      guidance: true,
      weight: true,
      appliesTo: true,
      remediationDays: true,
      position: true,
      retiredAt: true,
      editedById: true,
    },
  });
  return { categories, items };
}

async function applyPlan(tx: Tx, plan: ChecklistPlan, stored: StoredCategory[], now: Date): Promise<void> {
  const categoryId = new Map(stored.map((c) => [c.key, c.id]));
  if (plan.createCategories.length > 0) {
    const created = await tx.debtCategory.createManyAndReturn({
      data: plan.createCategories.map(({ def, position }) => ({
        key: def.key,
        name: def.name,
        rubric: def.rubric,
        paperSection: def.paperSection,
        description: def.description,
        position,
      })),
      select: { id: true, key: true },
    });
    for (const c of created) categoryId.set(c.key, c.id);
  }
  for (const { id, def, position } of plan.updateCategories) {
    await tx.debtCategory.update({
      where: { id },
      data: {
        name: def.name,
        rubric: def.rubric,
        paperSection: def.paperSection,
        description: def.description,
        position,
      },
    });
  }
  const idOf = (key: string) => {
    const id = categoryId.get(key);
    if (!id) throw new Error(`Checklist category "${key}" is missing.`);
    return id;
  };
  // Retire before creating: the old and new versions of a key are never both active.
  if (plan.retireItemIds.length > 0) {
    await tx.checklistItem.updateMany({ where: { id: { in: plan.retireItemIds } }, data: { retiredAt: now } });
  }
  if (plan.createItems.length > 0) {
    await tx.checklistItem.createMany({
      data: plan.createItems.map(({ def, version, position }) => ({
        key: def.key,
        version,
        categoryId: idOf(def.categoryKey),
        question: def.question,
        guidance: def.guidance,
        weight: def.weight,
        appliesTo: [...def.appliesTo],
        remediationDays: def.remediationDays,
        position,
        createdAt: now,
      })),
    });
  }
  for (const { id, categoryKey, position } of plan.moveItems) {
    await tx.checklistItem.update({ where: { id }, data: { categoryId: idOf(categoryKey), position } });
  }
}

export async function loadChecklist(db: Db, options: LoadChecklistOptions = {}): Promise<LoadChecklistResult> {
  const content = options.content ?? { categories: CATEGORIES, items: ITEMS };
  const now = options.now ?? new Date();
  const first = await readStored(db);
  const unchanged: LoadChecklistResult = {
    changed: false,
    categoriesCreated: 0,
    categoriesUpdated: 0,
    itemsCreated: 0,
    itemsRetired: 0,
    itemsMoved: 0,
  };
  if (isEmptyPlan(planChecklist(content, first.categories, first.items))) return unchanged;

  return db.$transaction(
    async (tx) => {
      await lockForTransaction(tx, "loadChecklist");
      // Plan again under the lock: another process may have loaded the same content meanwhile.
      const stored = await readStored(tx);
      const plan = planChecklist(content, stored.categories, stored.items);
      if (isEmptyPlan(plan)) return unchanged;
      await applyPlan(tx, plan, stored.categories, now);
      return {
        changed: true,
        categoriesCreated: plan.createCategories.length,
        categoriesUpdated: plan.updateCategories.length,
        itemsCreated: plan.createItems.length,
        itemsRetired: plan.retireItemIds.length,
        itemsMoved: plan.moveItems.length,
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
