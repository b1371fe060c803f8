"use server";
// Checklist administration (organisation admins): each through defineAction with
// "checklist:admin", audited in the same transaction, then the page is refreshed.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { addItemAction, editItemAction, retireItemAction } from "@/lib/server/assessments/checklist/definitions";

const add = defineAction(addItemAction);
const edit = defineAction(editItemAction);
const retire = defineAction(retireItemAction);

// Only the outcome goes back to the browser, never the rows.
const plain = (s: ActionState): ActionState => ({
  ok: s.ok,
  message: s.message,
  fieldErrors: s.fieldErrors,
  conflict: s.conflict,
});

export async function addItem(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await add(previous, form);
  if (state.ok) refresh();
  return plain(state);
}

export async function editItem(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await edit(previous, form);
  if (state.ok) refresh();
  return plain(state);
}

export async function retireItem(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await retire(previous, form);
  if (state.ok) refresh();
  return plain(state);
}
