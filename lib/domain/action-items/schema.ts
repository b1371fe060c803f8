// The shapes of an action item change, one zod schema per operation, shared by the forms (FormData
// strings: "" means "not set"), the REST API (JSON) and the server layer. Pure: no database.
import { z } from "zod";

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"] as const;
export type ActionItemStatus = (typeof ACTION_STATUSES)[number];

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const REASON_MIN = 5;
export const REASON_MAX = 2000;
export const ESTIMATE_MAX = 1000;

const id = (what: string) => z.string().trim().min(1, `Choose ${what}.`).max(100);

/** "" / null / undefined → null; anything else must be an id. */
const optionalId = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.string().trim().min(1).max(100).nullable(),
);

const title = z
  .string()
  .trim()
  .min(3, "Give it a title of at least 3 characters.")
  .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`);
const description = z.string().trim().max(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX} characters.`);

/** "YYYY-MM-DD" (a calendar day, stored at UTC midnight) or empty for no due date. */
export const dueDateField = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.")
    .refine((s) => {
      const d = new Date(`${s}T00:00:00.000Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, "That is not a calendar date.")
    .nullable(),
);

/** Person-days, ≥ 0, in quarter-day steps at most; empty for no estimate. */
export const estimateField = z.preprocess(
  (v) =>
    v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.trim().replace(",", ".")) : v,
  z
    .number({ error: "Give the estimate in days, e.g. 2.5." })
    .finite("Give the estimate in days, e.g. 2.5.")
    .min(0, "The estimate cannot be negative.")
    .max(ESTIMATE_MAX, `Keep the estimate under ${ESTIMATE_MAX} days.`)
    .nullable(),
);

export const versionField = z.coerce.number({ error: "The form is missing its version." }).int().min(1);

/** What an item links to: the entity, the checklist item (for re-assessment), the finding, the review. */
export const linkFields = {
  entityId: optionalId,
  checklistItemId: optionalId,
  signalId: optionalId,
  reviewId: optionalId,
};

export const createActionItemSchema = z.object({
  teamId: id("a team"),
  title,
  description: description.default(""),
  /** Missing: the creator (one-click create); "" or null: nobody yet. */
  ownerId: z.preprocess((v) => (v === "" ? null : v), z.string().trim().min(1).max(100).nullable().optional()),
  dueDate: dueDateField.default(null),
  estimateDays: estimateField.default(null),
  ...linkFields,
});
export type CreateActionItemInput = z.output<typeof createActionItemSchema>;

/** An edit of the fields (not the status): every field is sent, as the form shows it. */
export const updateActionItemSchema = z.object({
  id: id("an action item"),
  version: versionField,
  title,
  description: description.default(""),
  ownerId: optionalId,
  dueDate: dueDateField.default(null),
  estimateDays: estimateField.default(null),
  ...linkFields,
});
export type UpdateActionItemInput = z.output<typeof updateActionItemSchema>;

/** The API's PATCH: any subset of the fields, and/or a status change. */
export const patchActionItemSchema = z.object({
  version: versionField,
  title: title.optional(),
  description: description.optional(),
  ownerId: optionalId.optional(),
  dueDate: dueDateField.optional(),
  estimateDays: estimateField.optional(),
  entityId: optionalId.optional(),
  checklistItemId: optionalId.optional(),
  signalId: optionalId.optional(),
  reviewId: optionalId.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  reason: z.string().optional(),
});

export const setActionItemStatusSchema = z.object({
  id: id("an action item"),
  version: versionField,
  status: z.enum(ACTION_STATUSES, { error: "Choose open, in progress, done or won't do." }),
  /** Required (and kept) for WONT_DO only; see status.ts. */
  reason: z.string().trim().max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`).default(""),
});
export type SetActionItemStatusInput = z.output<typeof setActionItemStatusSchema>;

export const STATUS_LABELS: Record<ActionItemStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  WONT_DO: "Won't do",
};
