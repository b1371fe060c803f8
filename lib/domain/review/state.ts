// What a review compares: the state of a scope (one team or the organisation) at one moment,
// as plain JSON (dates as ISO strings) so it can be frozen in a review's agenda and snapshot and
// read back years later. The zod schema is the parser for that stored JSON: a snapshot written by
// an older shape fails to parse and the caller falls back (never a half-read state).
import { z } from "zod";
import { ENTITY_KINDS, SIGNAL_KINDS } from "@/lib/domain/kinds";

const entityKind = z.enum(ENTITY_KINDS);

export const scoreLineSchema = z.object({
  /** "total", "team:<id>" or "category:<key>". */
  key: z.string(),
  label: z.string(),
  group: z.enum(["total", "team", "category"]),
  debtWeight: z.number(),
  totalWeight: z.number(),
  principalDays: z.number(),
});
export type ScoreLine = z.infer<typeof scoreLineSchema>;

export const entityRefSchema = z.object({
  id: z.string(),
  kind: entityKind,
  name: z.string(),
  teamId: z.string().nullable(),
  team: z.string().nullable(),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

/** An answer that carries debt (FAIL or PARTIAL) on an entity's latest submitted assessment. */
export const failingAnswerSchema = z.object({
  entity: entityRefSchema,
  itemId: z.string(),
  itemKey: z.string(),
  question: z.string(),
  category: z.string(),
  value: z.enum(["FAIL", "PARTIAL"]),
  remediationDays: z.number(),
});
export type FailingAnswer = z.infer<typeof failingAnswerSchema>;

export const staleEntrySchema = z.object({ entity: entityRefSchema, lastSubmittedAt: z.string().nullable() });
export type StaleEntry = z.infer<typeof staleEntrySchema>;

export const findingEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(SIGNAL_KINDS),
  title: z.string(),
  teamId: z.string().nullable(),
  accepted: z.boolean(),
  /** The finding's first member, the entity an action item would link to. */
  entity: entityRefSchema.nullable(),
});
export type FindingEntry = z.infer<typeof findingEntrySchema>;

export const hotspotEntrySchema = z.object({
  entity: entityRefSchema,
  ratio: z.number(),
  score: z.number(),
  principalDays: z.number(),
});
export type HotspotEntry = z.infer<typeof hotspotEntrySchema>;

export const actionItemEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"]),
  dueDate: z.string().nullable(),
  completedAt: z.string().nullable(),
  owner: z.string().nullable(),
  teamId: z.string(),
  entity: entityRefSchema.nullable(),
});
export type ActionItemEntry = z.infer<typeof actionItemEntrySchema>;

export const reviewStateSchema = z.object({
  at: z.string(),
  staleAfterDays: z.number(),
  scores: z.array(scoreLineSchema),
  failing: z.array(failingAnswerSchema),
  stale: z.array(staleEntrySchema),
  findings: z.array(findingEntrySchema),
  hotspots: z.array(hotspotEntrySchema),
  /** Still to do and past their due date at `at`. */
  overdue: z.array(actionItemEntrySchema),
  /** Marked done after the period's start and by `at`. */
  done: z.array(actionItemEntrySchema),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** A stored state, or null when the JSON is not one (an older snapshot shape). */
export function parseReviewState(value: unknown): ReviewState | null {
  const parsed = reviewStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
