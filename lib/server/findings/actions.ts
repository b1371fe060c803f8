"use server";
// Accept and reopen findings from the findings list and the lineage views (one, or several with
// one justification); the page refreshes on success.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { acceptFinding, acceptFindings, reopenFinding } from "@/lib/server/findings/triage";

export const acceptFindingAction = defineAction(acceptFinding, { refresh: true });
export const reopenFindingAction = defineAction(reopenFinding, { refresh: true });
export const acceptFindingsAction = defineAction(acceptFindings, { refresh: true });
