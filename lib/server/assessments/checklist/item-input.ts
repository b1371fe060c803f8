// What an admin may set on a checklist item. Shared by add and edit, and by their forms.
import "server-only";
import { z } from "zod";
import { ENTITY_KINDS } from "@/lib/domain/kinds";

const kinds = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(ENTITY_KINDS)).min(1, "Choose at least one kind of entity."),
);

export const itemFieldsSchema = z.object({
  question: z.string().trim().min(5, "Ask a question of at least a few words.").max(500),
  guidance: z.string().trim().min(1, "Say why it matters and what a pass looks like.").max(4000),
  weight: z.coerce.number().int().min(1, "Weight is 1 to 3.").max(3, "Weight is 1 to 3."),
  remediationDays: z.coerce.number().min(0, "Days cannot be negative.").max(365, "At most a year."),
  appliesTo: kinds,
});

export type ItemFields = z.output<typeof itemFieldsSchema>;
