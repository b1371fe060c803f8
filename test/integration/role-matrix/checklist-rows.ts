// Rows for checklist administration (app/settings/checklist, "checklist:admin"): organisation
// admins only; team maintainers may not change what every team is asked.
//
// No API rows: /api/v1 has no checklist endpoints (checklist content is edited on the settings
// page only, and a team token may not hold "checklist:admin" at all).
//
// Items here apply to data sources only: no other integration file assesses data sources, so the
// items these rows add, edit and retire change nobody else's scores while files run in parallel.
import { addItemAction, editItemAction, retireItemAction } from "@/lib/server/assessments/checklist/definitions";
import { db } from "@/lib/server/db/client";
import { uniq } from "../support/people";
import type { MatrixRow } from "./types";

const fields = {
  guidance: "Why it matters, and what a pass looks like.",
  weight: "2",
  remediationDays: "1",
  appliesTo: "DATA_SOURCE",
};

async function category() {
  return db().debtCategory.findFirstOrThrow({
    where: { rubric: "DEBT" },
    orderBy: { position: "asc" },
    select: { id: true, key: true },
  });
}

/** A live item of its own, as the checklist loader or an admin would have written it. */
async function freshItem() {
  const c = await category();
  const key = `${c.key}.${uniq("matrix")}`;
  return db().checklistItem.create({
    data: {
      key,
      categoryId: c.id,
      question: `Is ${key} answered?`,
      guidance: "Matrix.",
      appliesTo: ["DATA_SOURCE"],
      position: 999,
    },
    select: { id: true, key: true },
  });
}

const itemsOfKey = (key: string) =>
  db().checklistItem.findMany({
    where: { key },
    select: { id: true, version: true, question: true, retiredAt: true },
    orderBy: { version: "asc" },
  });

export const checklistRows: MatrixRow[] = [
  {
    name: "checklist.add-item",
    action: addItemAction,
    allowed: ["admin"],
    prepare: async () => {
      const question = `Does ${uniq("matrix")} declare its owner?`;
      return {
        input: { categoryId: (await category()).id, question, ...fields },
        state: () => db().checklistItem.count({ where: { question } }),
      };
    },
  },
  {
    name: "checklist.edit-item",
    action: editItemAction,
    allowed: ["admin"],
    prepare: async () => {
      const item = await freshItem();
      return {
        input: { itemId: item.id, question: `Is ${item.key} answered, reworded?`, ...fields },
        state: () => itemsOfKey(item.key),
      };
    },
  },
  {
    name: "checklist.retire-item",
    action: retireItemAction,
    allowed: ["admin"],
    prepare: async () => {
      const item = await freshItem();
      return { input: { itemId: item.id }, state: () => itemsOfKey(item.key) };
    },
  },
];
