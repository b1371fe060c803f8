// One entity's assessment history: submitted checklists every so often from `since` to
// `until`, each with its sums frozen the way a real submit freezes them (sumAnswers over every
// applicable item, unanswered ones included), and optionally a draft in progress.
import { sumAnswers, type ScorableAnswer } from "@/lib/domain/scoring/score";
import type { AnswerValue, EntityKind, Rubric } from "@/lib/domain/kinds";
import type { Random } from "../random";
import { valueAt } from "./answer-model";
import type { LevelAt } from "./levels";
import type { AnswerRow, AssessmentRow } from "./rows";
import type { SeedItem } from "./seed-items";

const DAY = 86_400_000;

export interface HistorySubject {
  entityId: string;
  kind: EntityKind;
  /** Earliest moment it can be assessed (its creation, or the start of the history). */
  since: Date;
  /** Latest moment it is assessed: now, its retirement, or when its team stopped looking. */
  until: Date;
  authors: readonly string[];
  /** Days between two assessments, drawn uniformly from the range. */
  cadenceDays: readonly [number, number];
  level: LevelAt;
  /** Starts a draft at this moment when it falls after the last submission. */
  draftAt?: Date | null;
}

export interface HistoryOptions {
  rubric: Rubric;
  /** The items that apply to the subject's kind under this rubric. */
  items: readonly SeedItem[];
  newId: () => string;
  /** Adds notes and evidence links to some answers (the demo does; the scale seed skips them). */
  annotate?: boolean;
}

export interface History {
  assessments: AssessmentRow[];
  answers: AnswerRow[];
}

const FAIL_NOTES = [
  "Nobody owns the upstream table; it changed schema twice this quarter.",
  "Threshold was hand-tuned at launch and never revisited.",
  "Only checked by hand before big launches.",
  "Known gap, tracked in the team backlog.",
  "Depends on another team's score with no SLA.",
];
const PARTIAL_NOTES = [
  "Done for the main slice only.",
  "Manual check, results in the wiki.",
  "Alerting exists but pages nobody.",
];

function noteFor(random: Random, value: AnswerValue): string {
  if (value === "FAIL" && random.chance(0.3)) return random.pick(FAIL_NOTES);
  if (value === "PARTIAL" && random.chance(0.25)) return random.pick(PARTIAL_NOTES);
  return "";
}

function atWorkingHour(random: Random, day: Date): Date {
  const d = new Date(day);
  d.setUTCHours(random.int(8, 17), random.int(0, 59), random.int(0, 59), 0);
  return d;
}

export function planHistory(random: Random, subject: HistorySubject, options: HistoryOptions): History {
  const out: History = { assessments: [], answers: [] };
  const { items, newId } = options;
  if (items.length === 0 || subject.authors.length === 0) return out;

  // Entities of one team are not identical: some are a good deal cleaner or messier.
  const entityFactor = Math.exp(random.normal(0, 0.25));
  const latents = items.map(() => ({ difficulty: random.next(), na: random.chance(0.06) }));
  const [minGap, maxGap] = subject.cadenceDays;
  const annotated = options.annotate ?? false;

  let previous: AssessmentRow | null = null;
  let seq = 0;
  let day = new Date(subject.since.getTime() + random.int(0, maxGap) * DAY);
  while (day.getTime() <= subject.until.getTime()) {
    // Never before `since`: the entity, or the checklist it answers, did not exist yet.
    const submittedAt = new Date(Math.max(atWorkingHour(random, day).getTime(), subject.since.getTime() + 60_000));
    if (submittedAt.getTime() > subject.until.getTime()) break;
    const level = subject.level(submittedAt) * entityFactor + random.normal(0, 0.015);
    // Most checklists are filled in completely; some leave a few items for later.
    const skip = random.chance(0.7) ? 0 : random.float(0.05, 0.3);
    const id = newId();
    const scorable: ScorableAnswer[] = [];
    items.forEach((item, i) => {
      const latent = latents[i];
      if (!latent) return;
      let value: AnswerValue | null;
      if (latent.na) value = "NA";
      else if (random.chance(skip)) value = null;
      else value = valueAt(latent.difficulty + random.normal(0, 0.03), level);
      scorable.push({ weight: item.weight, remediationDays: item.remediationDays, value });
      if (value === null) return;
      out.answers.push({
        id: newId(),
        assessmentId: id,
        itemId: item.id,
        value,
        note: annotated ? noteFor(random, value) : "",
        evidenceUrl:
          annotated && value === "PASS" && random.chance(0.1)
            ? `https://wiki.demo.debtboard.dev/evidence/${id}/${i}`
            : null,
        updatedAt: submittedAt,
      });
    });
    seq += 1;
    const sums = sumAnswers(scorable);
    const createdAt = new Date(
      Math.max(subject.since.getTime(), submittedAt.getTime() - random.int(0, 4) * DAY - random.int(1, 6) * 3_600_000),
    );
    const row: AssessmentRow = {
      id,
      entityId: subject.entityId,
      rubric: options.rubric,
      status: "SUBMITTED",
      authorId: random.pick(subject.authors),
      basedOnId: previous?.id ?? null,
      submittedSeq: seq,
      createdAt,
      updatedAt: submittedAt,
      submittedAt,
      ...sums,
    };
    out.assessments.push(row);
    previous = row;
    day = new Date(day.getTime() + random.int(minGap, maxGap) * DAY);
  }

  const draftAt = subject.draftAt;
  if (draftAt && (!previous?.submittedAt || draftAt.getTime() > previous.submittedAt.getTime())) {
    const id = newId();
    const level = subject.level(draftAt) * entityFactor;
    const updatedAt = new Date(draftAt.getTime() + random.int(1, 20) * 3_600_000);
    items.forEach((item, i) => {
      const latent = latents[i];
      // A draft is half done: the assessor has worked through the first part of the list.
      if (!latent || i > items.length / 2) return;
      out.answers.push({
        id: newId(),
        assessmentId: id,
        itemId: item.id,
        value: latent.na ? "NA" : valueAt(latent.difficulty, level),
        note: "",
        evidenceUrl: null,
        updatedAt,
      });
    });
    out.assessments.push({
      id,
      entityId: subject.entityId,
      rubric: options.rubric,
      status: "DRAFT",
      authorId: random.pick(subject.authors),
      basedOnId: previous?.id ?? null,
      submittedSeq: null,
      createdAt: draftAt,
      updatedAt,
      submittedAt: null,
      debtWeight: null,
      totalWeight: null,
      answeredCount: null,
      applicableCount: null,
      principalDays: null,
    });
  }
  return out;
}
