// Request shapes for reviews. The scope is a team id, or "" for the whole organisation; the
// period's start is optional (by default: since the last closed review of the scope).
import { z } from "zod";

export const startReviewSchema = z.object({
  teamId: z
    .string()
    .trim()
    .max(100)
    .transform((v) => (v === "" || v === "org" ? null : v)),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").default(""),
  periodStart: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "Pick a date.")
    .transform((v) => (v === "" ? null : new Date(`${v}T00:00:00.000Z`))),
});

export const addReviewNoteSchema = z.object({
  reviewId: z.string().trim().min(1),
  section: z.string().trim().min(1, "Pick a section.").max(60),
  kind: z.enum(["NOTE", "DECISION"]).default("NOTE"),
  body: z.string().trim().min(1, "Write the note first.").max(5000, "Keep it under 5,000 characters."),
});

export const closeReviewSchema = z.object({
  reviewId: z.string().trim().min(1),
  version: z.coerce.number().int().min(1),
});

export const reopenReviewSchema = closeReviewSchema;
