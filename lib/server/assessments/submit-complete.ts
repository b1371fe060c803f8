// The API's one-shot submit (POST /api/v1/entities/{kind}/{name}/assessments): a whole
// assessment — every answer in one request — becomes a SUBMITTED assessment in one transaction,
// with no draft in between (a script or CI job has no use for one, and a team token could not
// keep one). The rules are the checklist's: only live items of the rubric that apply to the
// entity's kind may be answered; sequencing, frozen sums and recording are the one submit path's
// (freeze-submission.ts). `basedOnSeq` names the predecessor the caller read (null: "there was
// none"); when someone submitted since, the request is refused with 409. Without it the request
// builds on whatever is latest. Either way two concurrent submits on the same predecessor race
// for the same seq and exactly one commits; the other gets the same 409.
import { z } from "zod";
import type { Principal } from "@/lib/domain/auth/permissions";
import {
  ANSWER_VALUES,
  ENTITY_KINDS,
  RUBRICS,
  type AnswerValue,
  type EntityKind,
  type Rubric,
} from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { changeSchema } from "./definitions";
import { db, type Db } from "@/lib/server/db/client";
import { listEntityAssessments } from "@/lib/server/assessments/list-entity-assessments";
import { InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { requireCan } from "./authorize";
import { liveItems, type LiveItem } from "./live-items";
import { freezeSubmission, submitTransaction } from "./freeze-submission";
import { latestSubmitted } from "./latest-submitted";

const answerSchema = changeSchema
  .pick({ note: true, evidenceUrl: true })
  .extend({
    itemKey: z.string().min(1).max(200).optional(),
    itemId: z.string().min(1).max(200).optional(),
    value: z.enum(ANSWER_VALUES),
  })
  .refine(
    (a) => a.itemKey !== undefined || a.itemId !== undefined,
    'Name the item: itemKey (e.g. "entanglement.blast-radius-known") or itemId.',
  );

export const submitCompleteSchema = z.object({
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1).max(200),
  rubric: z.enum(RUBRICS).default("DEBT"),
  answers: z.array(answerSchema).min(1, "Send at least one answer.").max(500),
  /** The seq of the latest submitted assessment the caller saw; null when it saw none. */
  basedOnSeq: z.number().int().min(0).nullable().optional(),
});

export type SubmitCompleteInput = z.output<typeof submitCompleteSchema>;

export interface SubmitCompleteResult {
  assessmentId: string;
  entityId: string;
  rubric: Rubric;
  submittedSeq: number;
  submittedAt: Date;
  answered: number;
  sums: ScoreSums;
}

async function entityOf(db: Db, kind: EntityKind, name: string) {
  const entity = await db.entity.findUnique({
    where: { kind_name: { kind, name } },
    select: { id: true, kind: true, teamId: true, archivedAt: true },
  });
  if (!entity) throw new NotFoundError(`${kind.toLowerCase().replace("_", " ")} ${name}`);
  return entity;
}

/** Matches each answer to a live item; every problem is named by its JSON path. */
function matchItems(items: readonly LiveItem[], answers: SubmitCompleteInput["answers"]) {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const errors: Record<string, string[]> = {};
  const seen = new Map<string, number>();
  const matched: { item: LiveItem; value: AnswerValue; note: string; evidenceUrl: string | null }[] = [];
  answers.forEach((a, index) => {
    const item = a.itemId !== undefined ? byId.get(a.itemId) : byKey.get(a.itemKey ?? "");
    const field = a.itemId !== undefined ? "itemId" : "itemKey";
    if (!item || (a.itemId !== undefined && a.itemKey !== undefined && item.key !== a.itemKey)) {
      errors[`answers.${index}.${field}`] = [
        `${JSON.stringify(a.itemId ?? a.itemKey)} is not a question this checklist asks of this entity.`,
      ];
      return;
    }
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      errors[`answers.${index}.${field}`] = [`${item.key} is already answered at answers.${earlier}.`];
      return;
    }
    seen.set(item.id, index);
    matched.push({ item, value: a.value, note: a.note, evidenceUrl: a.evidenceUrl || null });
  });
  if (Object.keys(errors).length > 0)
    throw new InvalidInputError("Some answers name no question of this checklist; nothing was submitted.", errors);
  return matched;
}

export async function submitComplete(
  db: Db,
  principal: Principal | null,
  input: SubmitCompleteInput,
): Promise<SubmitCompleteResult> {
  const entity = await entityOf(db, input.kind, input.name);
  const actor = requireCan(principal, "assessment:submit", entity.teamId);
  if (entity.archivedAt) throw new InvalidInputError("This entity is archived; it can no longer be assessed.");
  const rubric = input.rubric;
  if (rubric === "ML_TEST_SCORE" && entity.kind !== "MODEL")
    throw new InvalidInputError("The ML Test Score applies to models only.");

  return submitTransaction(db, { entityId: entity.id, rubric }, async (tx) => {
    const items = await liveItems(tx, rubric, entity.kind);
    const matched = matchItems(items, input.answers);
    const frozen = await freezeSubmission(tx, {
      principal: actor,
      entity,
      rubric,
      basedOnSeq: input.basedOnSeq === undefined ? "latest" : input.basedOnSeq,
      items,
      values: new Map(matched.map((m) => [m.item.id, m.value])),
      audit: { via: "api" },
      write: async (fields, latest) => {
        const row = await tx.assessment.create({
          data: {
            entityId: entity.id,
            rubric,
            status: "SUBMITTED",
            authorId: actor.userId,
            submittedById: actor.userId,
            basedOnId: latest?.id ?? null,
            ...fields,
            answers: {
              create: matched.map((m) => ({
                itemId: m.item.id,
                value: m.value,
                note: m.note,
                evidenceUrl: m.evidenceUrl,
              })),
            },
          },
          select: { id: true },
        });
        return row.id;
      },
    });
    return { ...frozen, entityId: entity.id, rubric, answered: matched.length };
  });
}

export const submitCompleteAction: ActionDefinition<typeof submitCompleteSchema, SubmitCompleteResult> = {
  schema: submitCompleteSchema,
  permission: "assessment:submit",
  teamOf: async (input) => (await entityOf(db(), input.kind, input.name)).teamId,
  run: (input, principal) => submitComplete(db(), principal, input),
  success: (r) => `Submitted as assessment #${r.submittedSeq}.`,
};

/** GET …/assessments: the entity's submitted assessments, newest first, the latest seq and the questions asked now. */
export async function listEntityAssessmentsApi(db: Db, kind: EntityKind, name: string, rubric: Rubric, limit: number) {
  const entity = await entityOf(db, kind, name);
  const [rows, latest, items] = await Promise.all([
    listEntityAssessments({ entityId: entity.id, rubric, limit }),
    latestSubmitted(db, entity.id, rubric),
    liveItems(db, rubric, entity.kind),
  ]);
  return {
    entity: { id: entity.id, kind: entity.kind, name },
    rubric,
    latestSeq: latest?.submittedSeq ?? null,
    // Drafts are their authors' own work in progress: not listed here.
    assessments: rows
      .filter((r) => r.status === "SUBMITTED")
      .map(({ id, submittedSeq, submittedAt, author, submittedBy, sums }) => ({
        id,
        submittedSeq,
        submittedAt,
        author,
        submittedBy: submittedBy ?? author,
        ...sums,
      })),
    items: items.map((i) => ({ id: i.id, key: i.key, weight: i.weight })),
  };
}
