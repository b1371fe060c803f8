// Checklist administration as ActionDefinitions for defineAction ("checklist:admin", org-wide).
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { itemFieldsSchema } from "./item-input";
import { addChecklistItem, editChecklistItem, retireChecklistItem } from "./manage-items";

const addSchema = itemFieldsSchema.extend({ categoryId: z.string().min(1, "Choose a category.") });
const editSchema = itemFieldsSchema.extend({ itemId: z.string().min(1) });
const retireSchema = z.object({ itemId: z.string().min(1) });

type Saved = { id: string; key: string; version?: number };

export const addItemAction: ActionDefinition<typeof addSchema, Saved> = {
  schema: addSchema,
  permission: "checklist:admin",
  teamOf: async () => null,
  run: (input, { principal }) => addChecklistItem(db(), { principal, ...input }),
  success: () => "Item added. New assessments ask it from now on.",
};

export const editItemAction: ActionDefinition<typeof editSchema, Saved> = {
  schema: editSchema,
  permission: "checklist:admin",
  teamOf: async () => null,
  run: (input, { principal }) => editChecklistItem(db(), { principal, ...input }),
  success: (r) => `Saved as version ${r.version ?? "?"}. Earlier answers keep the text they answered.`,
};

export const retireItemAction: ActionDefinition<typeof retireSchema, Saved> = {
  schema: retireSchema,
  permission: "checklist:admin",
  teamOf: async () => null,
  run: (input, { principal }) => retireChecklistItem(db(), { principal, ...input }),
  success: () => "Item retired. Past assessments keep their answers and scores.",
};
