// A review as the pages, the presenter, the print view and the Markdown export show it. An open
// review reads its notes and action items live; a closed one reads everything from its frozen
// snapshot (`reviewSnapshotSchema`), so later changes to the data never rewrite what was decided.
import { z } from "zod";
import { agendaBaselineSchema, agendaSectionSchema, type AgendaBaseline, type AgendaSection } from "./agenda";
import { entityRefSchema, reviewStateSchema } from "./state";

export const reviewNoteSchema = z.object({
  id: z.string(),
  section: z.string(),
  kind: z.enum(["NOTE", "DECISION"]),
  body: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
});
export type ReviewNoteView = z.infer<typeof reviewNoteSchema>;

export const reviewActionItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"]),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  entity: entityRefSchema.nullable(),
});
export type ReviewActionItemView = z.infer<typeof reviewActionItemSchema>;

/** Review.snapshot, written once when the review closes. */
export const reviewSnapshotSchema = z.object({
  v: z.literal(1),
  title: z.string(),
  baseline: agendaBaselineSchema,
  state: reviewStateSchema,
  sections: z.array(agendaSectionSchema),
  notes: z.array(reviewNoteSchema),
  actionItems: z.array(reviewActionItemSchema),
  closedAt: z.string(),
  closedBy: z.string().nullable(),
});
export type ReviewSnapshot = z.infer<typeof reviewSnapshotSchema>;

export interface ReviewView {
  id: string;
  title: string;
  status: "OPEN" | "CLOSED";
  teamId: string | null;
  team: { slug: string; name: string } | null;
  periodStart: string;
  periodEnd: string;
  startedAt: string;
  startedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  version: number;
  baseline: AgendaBaseline | null;
  sections: AgendaSection[];
  notes: ReviewNoteView[];
  actionItems: ReviewActionItemView[];
  /** The stored agenda predates the current shape: only its section titles and notes can be shown. */
  legacy: { section: string; title: string }[] | null;
}

export function scopeLabel(view: Pick<ReviewView, "team">): string {
  return view.team ? view.team.name : "Whole organisation";
}

export function notesFor(view: Pick<ReviewView, "notes">, section: string): ReviewNoteView[] {
  return view.notes.filter((n) => n.section === section);
}

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "3 Nov – 26 Nov 2026, compared with the last review" (or "with the records on 3 Nov 2026"). */
export function periodText(view: Pick<ReviewView, "periodStart" | "periodEnd" | "baseline">): string {
  const range = `${day.format(new Date(view.periodStart))} – ${day.format(new Date(view.periodEnd))}`;
  if (!view.baseline) return range;
  return view.baseline.source === "review"
    ? `${range}, compared with the last review`
    : `${range}, compared with the records on ${day.format(new Date(view.baseline.at))}`;
}
