"use server";
// Checklist administration (organisation admins): each through defineAction with
// "checklist:admin", audited in the same transaction, then the page is refreshed. Only the
// outcome goes back to the browser, never the rows.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { addItemAction, editItemAction, retireItemAction } from "@/lib/server/assessments/checklist/definitions";

const outcomeOnly = { refresh: true, data: () => undefined } as const;

export const addItem = defineAction(addItemAction, outcomeOnly);
export const editItem = defineAction(editItemAction, outcomeOnly);
export const retireItem = defineAction(retireItemAction, outcomeOnly);
