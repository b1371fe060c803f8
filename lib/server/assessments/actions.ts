"use server";
// The assessment page's server actions, each through defineAction (session → zod → can() →
// change + audit in one transaction). Submitting also moves today's score snapshots, in the
// same transaction (lib/server/assessments/update-today-snapshots.ts).
// Plain returns, never raw results: action results are serialised to the browser.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import {
  markDraftReadyAction,
  rebaseDraftAction,
  saveAnswersAction,
  startDraftAction,
  submitAssessmentAction,
} from "@/lib/server/assessments/definitions";
import type { MarkDraftReadyResult } from "@/lib/server/assessments/mark-draft-ready";
import type { SaveAnswersResult } from "@/lib/server/assessments/save-answers";
import type { SubmitAssessmentResult } from "@/lib/server/assessments/submit-assessment";

const start = defineAction(startDraftAction);
const save = defineAction(saveAnswersAction);
const submit = defineAction(submitAssessmentAction);
const rebase = defineAction(rebaseDraftAction);
const ready = defineAction(markDraftReadyAction);

export async function startAssessment(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await start(previous, form);
  if (state.ok) refresh();
  return { ok: state.ok, message: state.message, conflict: state.conflict };
}

export async function saveDraft(form: FormData): Promise<ActionState<SaveAnswersResult>> {
  return save({ ok: false }, form);
}

export async function submitDraft(
  previous: ActionState,
  form: FormData,
): Promise<ActionState<Pick<SubmitAssessmentResult, "submittedSeq">>> {
  const state = await submit(previous, form);
  if (!state.ok || !state.data)
    return { ok: false, message: state.message, conflict: state.conflict, fieldErrors: state.fieldErrors };
  return { ok: true, message: state.message, data: { submittedSeq: state.data.submittedSeq } };
}

export async function rebaseAssessment(previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await rebase(previous, form);
  if (state.ok) refresh();
  return { ok: state.ok, message: state.message, conflict: state.conflict };
}

export async function markDraftReady(form: FormData): Promise<ActionState<MarkDraftReadyResult>> {
  return ready({ ok: false }, form);
}
