"use server";
// The action-item forms' server actions: create (the one-click button and the full form), edit,
// change status. Each refreshes the page it was posted from on success.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { createActionItem } from "@/lib/server/action-items/create-action-item";
import { setActionItemStatus } from "@/lib/server/action-items/set-action-item-status";
import { updateActionItem } from "@/lib/server/action-items/update-action-item";

export const createActionItemAction = defineAction(createActionItem, { refresh: true });
export const updateActionItemAction = defineAction(updateActionItem, { refresh: true });
export const setActionItemStatusAction = defineAction(setActionItemStatus, { refresh: true });
