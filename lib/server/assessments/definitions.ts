// The assessment functions as ActionDefinitions: defineAction (server actions) and runAuthorized
// (API) validate the input with zod and check can() against the owning team looked up here;
// the functions check again, since they are also called directly.
import { z } from "zod";
import { ANSWER_VALUES, RUBRICS } from "@/lib/domain/kinds";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { teamOfAssessment, teamOfEntity } from "./authorize";
import { markDraftReady, type MarkDraftReadyResult } from "./mark-draft-ready";
import { rebaseDraft } from "./rebase-draft";
import { saveAnswers, type SaveAnswersResult } from "./save-answers";
import { startDraft, type StartDraftResult } from "./start-draft";
import { submitAssessment, type SubmitAssessmentResult } from "./submit-assessment";

const startSchema = z.object({
  entityId: z.string().min(1),
  rubric: z.enum(RUBRICS).default("DEBT"),
  fromLast: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});

export const startDraftAction: ActionDefinition<typeof startSchema, StartDraftResult> = {
  schema: startSchema,
  permission: "assessment:draft",
  teamOf: (input) => teamOfEntity(db(), input.entityId),
  run: (input, principal) => startDraft(db(), { principal, ...input }),
  success: (r) => (r.created ? "Draft started." : "Draft reopened."),
};

/** One answer as the checklist saves it (the API's whole-assessment submit reuses its note and evidence rules). */
export const changeSchema = z.object({
  itemId: z.string().min(1),
  value: z.enum(ANSWER_VALUES).nullable(),
  note: z.string().max(2000, "Keep notes under 2,000 characters.").default(""),
  evidenceUrl: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => v === "" || /^https?:\/\//i.test(v), "Evidence must be an http(s) link.")
    .default(""),
});

const saveSchema = z.object({
  assessmentId: z.string().min(1),
  version: z.coerce.number().int().positive(),
  // Sent as one JSON field: a batch of changed answers per autosave.
  changes: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "Malformed answers." });
        return z.NEVER;
      }
    })
    .pipe(z.array(changeSchema).max(500)),
});

export const saveAnswersAction: ActionDefinition<typeof saveSchema, SaveAnswersResult> = {
  schema: saveSchema,
  permission: "assessment:draft",
  teamOf: (input) => teamOfAssessment(db(), input.assessmentId),
  run: (input, principal) => saveAnswers(db(), { principal, ...input }),
  success: () => "Saved.",
};

const submitSchema = z.object({
  assessmentId: z.string().min(1),
  version: z.coerce.number().int().positive(),
});

export const submitAssessmentAction: ActionDefinition<typeof submitSchema, SubmitAssessmentResult> = {
  schema: submitSchema,
  permission: "assessment:submit",
  teamOf: (input) => teamOfAssessment(db(), input.assessmentId),
  run: (input, principal) => submitAssessment(db(), { principal, ...input }),
  success: (r) => `Submitted as assessment #${r.submittedSeq}.`,
};

const rebaseSchema = z.object({ assessmentId: z.string().min(1) });

export const rebaseDraftAction: ActionDefinition<typeof rebaseSchema, { version: number; basedOnSeq: number | null }> =
  {
    schema: rebaseSchema,
    permission: "assessment:draft",
    teamOf: (input) => teamOfAssessment(db(), input.assessmentId),
    run: (input, principal) => rebaseDraft(db(), { principal, ...input }),
    success: (r) => `Your answers now build on assessment #${r.basedOnSeq ?? "?"}. Review them, then submit.`,
  };

const readySchema = z.object({
  assessmentId: z.string().min(1),
  version: z.coerce.number().int().positive(),
  ready: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const markDraftReadyAction: ActionDefinition<typeof readySchema, MarkDraftReadyResult> = {
  schema: readySchema,
  permission: "assessment:draft",
  teamOf: (input) => teamOfAssessment(db(), input.assessmentId),
  run: (input, principal) => markDraftReady(db(), { principal, ...input }),
  success: (r) =>
    r.readyForReviewAt
      ? "Ready for review: the team's maintainers can now open it, change answers and submit it."
      : "Withdrawn from review: the draft is yours alone again.",
};
