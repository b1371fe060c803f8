"use server";
// The members page's server actions: each runs its definition through defineAction (session,
// validation, can(), audit in the same transaction) and refreshes the page on success.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { setTeamRole } from "@/lib/server/members/set-team-role";

export const changeOrgRole = defineAction(setOrgRole, { refresh: true });
export const changeTeamRole = defineAction(setTeamRole, { refresh: true });
