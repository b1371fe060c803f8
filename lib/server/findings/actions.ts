"use server";
// Accept and reopen findings from the findings list and the lineage views; the page refreshes on success.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { acceptFinding, reopenFinding } from "@/lib/server/findings/triage";

export const acceptFindingAction = defineAction(acceptFinding, { refresh: true });
export const reopenFindingAction = defineAction(reopenFinding, { refresh: true });
