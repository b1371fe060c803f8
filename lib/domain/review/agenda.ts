// A review's agenda, generated from two states of the same scope (lib/domain/review/state.ts):
// what the last review (or the data at the period's start) showed, and what the data shows now.
// Every section lists exactly the differences of one kind, so a meeting walks through what
// changed instead of everything there is.
import { z } from "zod";
import { ANSWER_DEBT, debtRatio, ratingOf, RATINGS } from "@/lib/domain/scoring/score";
import {
  actionItemEntrySchema,
  failingAnswerSchema,
  findingEntrySchema,
  hotspotEntrySchema,
  staleEntrySchema,
  reviewStateSchema,
  type FailingAnswer,
  type ReviewState,
  type ScoreLine,
} from "./state";

/** How many hotspots a review shows. */
export const REVIEW_HOTSPOTS = 5;
/** Principal differences smaller than this (person-days) are rounding, not change. */
const PRINCIPAL_EPSILON = 1e-6;

const scorePointSchema = z.object({
  ratio: z.number().nullable(),
  rating: z.enum(RATINGS).nullable(),
  principalDays: z.number(),
});
export type ScorePoint = z.infer<typeof scorePointSchema>;

const scoreChangeSchema = z.object({
  key: z.string(),
  label: z.string(),
  group: z.enum(["total", "team", "category"]),
  before: scorePointSchema.nullable(),
  after: scorePointSchema.nullable(),
});
export type ScoreChange = z.infer<typeof scoreChangeSchema>;

const worseAnswerSchema = failingAnswerSchema.extend({ before: z.enum(["FAIL", "PARTIAL"]).nullable() });
export type WorseAnswer = z.infer<typeof worseAnswerSchema>;

export const SECTION_KEYS = [
  "summary",
  "scores",
  "new-findings",
  "resolved-findings",
  "worse",
  "stale",
  "hotspots",
  "action-items",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Record<SectionKey, string> = {
  summary: "Since last time",
  scores: "Rating and principal changes",
  "new-findings": "New findings",
  "resolved-findings": "Resolved findings",
  worse: "Checklist items that got worse",
  stale: "Assessments that went stale",
  hotspots: "Top hotspots",
  "action-items": "Action items overdue or done",
};

export const agendaSectionSchema = z.discriminatedUnion("key", [
  z.object({
    key: z.literal("summary"),
    total: scoreChangeSchema,
    counts: z.object({
      scoreChanges: z.number(),
      newFindings: z.number(),
      resolvedFindings: z.number(),
      worse: z.number(),
      stale: z.number(),
      overdue: z.number(),
      done: z.number(),
    }),
  }),
  z.object({ key: z.literal("scores"), rows: z.array(scoreChangeSchema) }),
  z.object({ key: z.literal("new-findings"), rows: z.array(findingEntrySchema) }),
  z.object({ key: z.literal("resolved-findings"), rows: z.array(findingEntrySchema) }),
  z.object({ key: z.literal("worse"), rows: z.array(worseAnswerSchema) }),
  z.object({ key: z.literal("stale"), rows: z.array(staleEntrySchema), total: z.number() }),
  z.object({ key: z.literal("hotspots"), rows: z.array(hotspotEntrySchema.extend({ isNew: z.boolean() })) }),
  z.object({
    key: z.literal("action-items"),
    overdue: z.array(actionItemEntrySchema),
    done: z.array(actionItemEntrySchema),
  }),
]);
export type AgendaSection = z.infer<typeof agendaSectionSchema>;

export const agendaBaselineSchema = z.object({
  at: z.string(),
  /** "review": the previous closed review's snapshot; "data": rebuilt from the records at `at`. */
  source: z.enum(["review", "data"]),
  reviewId: z.string().nullable(),
});
export type AgendaBaseline = z.infer<typeof agendaBaselineSchema>;

/** What Review.agenda holds: the sections, the state they were generated from and its baseline. */
export const storedAgendaSchema = z.object({
  baseline: agendaBaselineSchema,
  state: reviewStateSchema,
  sections: z.array(agendaSectionSchema),
});
export type StoredAgenda = z.infer<typeof storedAgendaSchema>;

export function scorePoint(line: Pick<ScoreLine, "debtWeight" | "totalWeight" | "principalDays">): ScorePoint {
  const ratio = debtRatio(line);
  return { ratio, rating: ratingOf(ratio), principalDays: line.principalDays };
}

function changed(a: ScorePoint | null, b: ScorePoint | null): boolean {
  if (!a || !b) return a !== b;
  return a.rating !== b.rating || Math.abs(a.principalDays - b.principalDays) > PRINCIPAL_EPSILON;
}

const GROUP_ORDER = { total: 0, team: 1, category: 2 } as const;

/** Every team and category line whose rating or principal moved (the total always leads). */
export function scoreChanges(before: readonly ScoreLine[], after: readonly ScoreLine[]): ScoreChange[] {
  const keys = new Map<string, ScoreLine>();
  for (const l of [...before, ...after]) keys.set(l.key, l);
  const old = new Map(before.map((l) => [l.key, l]));
  const now = new Map(after.map((l) => [l.key, l]));
  const rows: ScoreChange[] = [];
  for (const [key, line] of keys) {
    const b = old.get(key);
    const a = now.get(key);
    const row = {
      key,
      label: (a ?? line).label,
      group: line.group,
      before: b ? scorePoint(b) : null,
      after: a ? scorePoint(a) : null,
    };
    if (line.group === "total" || changed(row.before, row.after)) rows.push(row);
  }
  return rows.sort((x, y) => GROUP_ORDER[x.group] - GROUP_ORDER[y.group] || x.label.localeCompare(y.label));
}

const answerKey = (f: Pick<FailingAnswer, "entity" | "itemKey">) => `${f.entity.id}\u0000${f.itemKey}`;

/** Answers that carry more debt than before (pass / not assessed → partial or fail, partial → fail). */
export function worseAnswers(before: readonly FailingAnswer[], after: readonly FailingAnswer[]): WorseAnswer[] {
  const old = new Map(before.map((f) => [answerKey(f), f.value]));
  return after
    .filter((f) => {
      const was = old.get(answerKey(f));
      return ANSWER_DEBT[f.value] > (was ? ANSWER_DEBT[was] : ANSWER_DEBT.PASS);
    })
    .map((f) => ({ ...f, before: old.get(answerKey(f)) ?? null }))
    .sort((x, y) => x.entity.name.localeCompare(y.entity.name) || x.itemKey.localeCompare(y.itemKey));
}

function byId<T extends { id: string }>(rows: readonly T[]): Set<string> {
  return new Set(rows.map((r) => r.id));
}

/** The agenda of a review whose baseline is `before` (null: nothing known before) and whose data is `after`. */
export function buildAgenda(before: ReviewState | null, after: ReviewState): AgendaSection[] {
  const empty: ReviewState = {
    ...after,
    scores: [],
    failing: [],
    stale: [],
    findings: [],
    hotspots: [],
    overdue: [],
    done: [],
  };
  const b = before ?? empty;
  const scoreRows = scoreChanges(b.scores, after.scores);
  const total = scoreRows.find((r) => r.group === "total") ?? {
    key: "total",
    label: "Total",
    group: "total" as const,
    before: null,
    after: null,
  };
  const changes = scoreRows.filter((r) => r.group !== "total");
  const wasOpen = byId(b.findings);
  const isOpen = byId(after.findings);
  const newFindings = after.findings.filter((f) => !wasOpen.has(f.id));
  const resolvedFindings = b.findings.filter((f) => !isOpen.has(f.id));
  const worse = worseAnswers(b.failing, after.failing);
  const wasStale = new Set(b.stale.map((s) => s.entity.id));
  const newlyStale = after.stale.filter((s) => !wasStale.has(s.entity.id));
  const wasHot = new Set(b.hotspots.map((h) => h.entity.id));
  return [
    {
      key: "summary",
      total,
      counts: {
        scoreChanges: changes.length,
        newFindings: newFindings.length,
        resolvedFindings: resolvedFindings.length,
        worse: worse.length,
        stale: newlyStale.length,
        overdue: after.overdue.length,
        done: after.done.length,
      },
    },
    { key: "scores", rows: [total, ...changes] },
    { key: "new-findings", rows: newFindings },
    { key: "resolved-findings", rows: resolvedFindings },
    { key: "worse", rows: worse },
    { key: "stale", rows: newlyStale, total: after.stale.length },
    {
      key: "hotspots",
      rows: after.hotspots.map((h) => ({ ...h, isNew: before !== null && !wasHot.has(h.entity.id) })),
    },
    { key: "action-items", overdue: after.overdue, done: after.done },
  ];
}

/** How many rows a section lists (0 = nothing changed of that kind). */
export function sectionSize(section: AgendaSection): number {
  switch (section.key) {
    case "summary":
      return 1;
    case "scores":
      return section.rows.length - 1;
    case "action-items":
      return section.overdue.length + section.done.length;
    default:
      return section.rows.length;
  }
}
