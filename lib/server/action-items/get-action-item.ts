// One action item with its links and verification, for its page, its edit form and the API.
import "server-only";
import { db } from "@/lib/server/db/client";
import {
  ACTION_ITEM_SELECT,
  withVerification,
  type ActionItemListRow,
} from "@/lib/server/action-items/list-action-items";

export async function getActionItem(options: { id: string }): Promise<ActionItemListRow | null> {
  const row = await db().actionItem.findUnique({ where: { id: options.id }, select: ACTION_ITEM_SELECT });
  if (!row) return null;
  const [item] = await withVerification([row]);
  return item ?? null;
}
