"use server";
// Accept and reopen findings from the findings list and the lineage views.
import { refresh } from "next/cache";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import {
  acceptFinding,
  acceptFindings,
  reopenFinding,
  type BulkTriaged,
  type TriagedFinding,
} from "@/lib/server/findings/triage";

const accept = defineAction(acceptFinding);
const reopen = defineAction(reopenFinding);

export async function acceptFindingAction(
  previous: ActionState<TriagedFinding>,
  form: FormData,
): Promise<ActionState<TriagedFinding>> {
  const state = await accept(previous, form);
  if (state.ok) refresh();
  return state;
}

export async function reopenFindingAction(
  previous: ActionState<TriagedFinding>,
  form: FormData,
): Promise<ActionState<TriagedFinding>> {
  const state = await reopen(previous, form);
  if (state.ok) refresh();
  return state;
}

const acceptMany = defineAction(acceptFindings);

export async function acceptFindingsAction(
  previous: ActionState<BulkTriaged>,
  form: FormData,
): Promise<ActionState<BulkTriaged>> {
  const state = await acceptMany(previous, form);
  if (state.ok) refresh();
  return state;
}
