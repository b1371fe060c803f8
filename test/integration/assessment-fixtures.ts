// Shared set-up for the assessment integration tests: the shipped checklist loaded (idempotent,
// advisory-locked, so parallel files may all call it), a team with a maintainer and a member,
// and a fresh model of that team. Everything carries unique names; nothing is cleaned up.
import type { Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue, EntityKind } from "@/lib/domain/kinds";
import { submitComplete } from "@/lib/server/assessments/submit-complete";
import { db } from "@/lib/server/db/client";
import { createEntity, createMembership, createTeam, createUser } from "@/lib/server/seed/factories";
import { loadChecklist } from "@/lib/server/seed/load-checklist";

export async function ensureChecklist(): Promise<void> {
  await loadChecklist(db());
}

export interface TeamFixture {
  teamId: string;
  maintainer: Principal;
  maintainer2: Principal;
  member: Principal;
}

export async function teamFixture(): Promise<TeamFixture> {
  const team = await createTeam(db());
  const principal = async (role: "MAINTAINER" | "MEMBER"): Promise<Principal> => {
    const user = await createUser(db());
    await createMembership(db(), { userId: user.id, teamId: team.id, role });
    return { userId: user.id, name: user.name, orgRole: "MEMBER", teamRoles: { [team.id]: role } };
  };
  return {
    teamId: team.id,
    maintainer: await principal("MAINTAINER"),
    maintainer2: await principal("MAINTAINER"),
    member: await principal("MEMBER"),
  };
}

export async function entityOf(teamId: string, kind: EntityKind = "MODEL") {
  return createEntity(db(), { kind, teamId });
}

/** The draft's live items, in display order, with what scoring needs. */
export async function draftItems(kind: EntityKind, rubric: "DEBT" | "ML_TEST_SCORE" = "DEBT") {
  return db().checklistItem.findMany({
    where: { retiredAt: null, appliesTo: { has: kind }, category: { rubric } },
    select: { id: true, key: true, categoryId: true, weight: true, remediationDays: true },
    orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
  });
}

/** Submits a debt assessment of a model whose answered items fail in the given share (others pass). */
export async function submitModelDebt(who: Principal, name: string, failShare: number) {
  const items = await draftItems("MODEL");
  const failing = Math.round(items.length * failShare);
  const answers = items.map((item, i) => ({
    itemKey: item.key,
    value: (i < failing ? "FAIL" : "PASS") as AnswerValue,
    note: "",
    evidenceUrl: "",
  }));
  return submitComplete(db(), who, { kind: "MODEL", name, rubric: "DEBT", answers });
}
