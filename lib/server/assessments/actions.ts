"use server";
// The assessment page's server actions, each through defineAction (session → zod → can() →
// change + audit in one transaction). Submitting also moves today's score snapshots, in the
// same transaction (lib/server/assessments/update-today-snapshots.ts).
// Plain returns, never raw results: action results are serialised to the browser.
import "server-only";
import { defineAction, IDLE, type ActionState } from "@/lib/server/actions/define-action";
import {
  markDraftReadyAction,
  rebaseDraftAction,
  saveAnswersAction,
  startDraftAction,
  submitAssessmentAction,
} from "@/lib/server/assessments/definitions";
import type { MarkDraftReadyResult } from "@/lib/server/assessments/mark-draft-ready";
import type { SaveAnswersResult } from "@/lib/server/assessments/save-answers";

export const startAssessment = defineAction(startDraftAction, { refresh: true, data: () => undefined });
export const submitDraft = defineAction(submitAssessmentAction, { data: (r) => ({ submittedSeq: r.submittedSeq }) });
export const rebaseAssessment = defineAction(rebaseDraftAction, { refresh: true, data: () => undefined });

const save = defineAction(saveAnswersAction);
const ready = defineAction(markDraftReadyAction);

/** Autosave: called directly with a batch of answers, not through a form's action state. */
export async function saveDraft(form: FormData): Promise<ActionState<SaveAnswersResult>> {
  return save(IDLE, form);
}

export async function markDraftReady(form: FormData): Promise<ActionState<MarkDraftReadyResult>> {
  return ready(IDLE, form);
}
