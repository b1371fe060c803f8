"use server";
// The action-item forms' server actions: create (the one-click button and the full form), edit,
// change status. Each refreshes the page it was posted from on success.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { createActionItem } from "@/lib/server/action-items/create-action-item";
import { setActionItemStatus } from "@/lib/server/action-items/set-action-item-status";
import type { ActionItemResult } from "@/lib/server/action-items/shared";
import { updateActionItem } from "@/lib/server/action-items/update-action-item";

const create = defineAction(createActionItem);
const update = defineAction(updateActionItem);
const setStatus = defineAction(setActionItemStatus);

export async function createActionItemAction(
  previous: ActionState<ActionItemResult>,
  form: FormData,
): Promise<ActionState<ActionItemResult>> {
  const state = await create(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function updateActionItemAction(
  previous: ActionState<ActionItemResult>,
  form: FormData,
): Promise<ActionState<ActionItemResult>> {
  const state = await update(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function setActionItemStatusAction(
  previous: ActionState<ActionItemResult>,
  form: FormData,
): Promise<ActionState<ActionItemResult>> {
  const state = await setStatus(previous, form);
  if (state.ok) refresh();
  return state;
}
