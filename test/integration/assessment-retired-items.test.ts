// Checklist edits version items and retirement stops them counting for new assessments, while
// submitted assessments keep their answers and scores, in their frozen sums and in snapshots
// recomputed afterwards. Uses items of its own (on consumers) so other files are unaffected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { sumAnswers } from "@/lib/domain/scoring/score";
import { db } from "@/lib/server/db/client";
import {
  addChecklistItem,
  editChecklistItem,
  retireChecklistItem,
} from "@/lib/server/assessments/checklist/manage-items";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { addItemAction } from "@/lib/server/assessments/checklist/definitions";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { ForbiddenError } from "@/lib/server/errors";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createUser } from "@/lib/server/seed/factories";
import { draftItems, ensureChecklist, entityOf, teamFixture } from "./assessment-fixtures";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

const fields = { guidance: "Why it matters.", weight: 3, remediationDays: 4, appliesTo: ["CONSUMER" as const] };

describe("retired and edited checklist items", () => {
  it("stop counting for new assessments; old assessments keep their scores", async () => {
    const user = await createUser(db(), { orgRole: "ADMIN" });
    const admin: Principal = { userId: user.id, name: user.name, orgRole: "ADMIN", teamRoles: {} };
    const { teamId, maintainer } = await teamFixture();
    const category = await db().debtCategory.findUniqueOrThrow({
      where: { key: "undeclared-consumers" },
      select: { id: true },
    });

    await expect(
      runAuthorized(
        addItemAction,
        { categoryId: category.id, question: "Is it declared somewhere?", ...fields },
        maintainer,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const x = await addChecklistItem(db(), {
      principal: admin,
      categoryId: category.id,
      question: "Does it declare what it reads?",
      ...fields,
    });
    const y = await addChecklistItem(db(), {
      principal: admin,
      categoryId: category.id,
      question: "Does it alert its owners?",
      ...fields,
      weight: 1,
    });

    const consumer = await entityOf(teamId, "CONSUMER");
    const d1 = await startDraft(db(), { principal: maintainer, entityId: consumer.id });
    const s1 = await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: d1.assessmentId,
      version: 1,
      changes: [
        { itemId: x.id, value: "FAIL" },
        { itemId: y.id, value: "PARTIAL" },
      ],
    });
    const first = await submitAssessment(db(), {
      principal: maintainer,
      assessmentId: d1.assessmentId,
      version: s1.version,
    });
    expect(first.sums.debtWeight).toBe(3 + 0.5);

    // Edit x (a new version), retire y; a second edit of the old x is a conflict.
    const x2 = await editChecklistItem(db(), {
      principal: admin,
      itemId: x.id,
      question: "Does it declare every model it reads?",
      ...fields,
    });
    expect(x2).toMatchObject({ key: x.key, version: 2 });
    await expect(
      editChecklistItem(db(), { principal: admin, itemId: x.id, question: "Another edit?", ...fields }),
    ).rejects.toMatchObject({ code: "stale_version" });
    await retireChecklistItem(db(), { principal: admin, itemId: y.id });

    // The loader leaves the organisation's edits alone on the next start.
    await loadChecklist(db());
    const rows = await db().checklistItem.findMany({
      where: { key: { in: [x.key, y.key] } },
      select: { id: true, retiredAt: true },
    });
    expect(rows.filter((r) => r.retiredAt === null).map((r) => r.id)).toEqual([x2.id]);

    // The old assessment is untouched, and a recomputation still counts x and y for it.
    const frozen = await db().assessment.findUniqueOrThrow({
      where: { id: first.assessmentId },
      select: { debtWeight: true, totalWeight: true, principalDays: true, _count: { select: { answers: true } } },
    });
    expect(frozen).toMatchObject({
      debtWeight: first.sums.debtWeight,
      totalWeight: first.sums.totalWeight,
      principalDays: first.sums.principalDays,
      _count: { answers: 2 },
    });
    await recordScoreSnapshots(db(), { on: new Date() });
    const snap = await db().scoreSnapshot.findFirstOrThrow({
      where: { scope: "TEAM", teamId, categoryId: null, takenOn: new Date(new Date().toISOString().slice(0, 10)) },
    });
    expect(snap).toMatchObject(first.sums);

    // A new assessment asks x v2 (unanswered, not copied) and not y; answering y is refused.
    const asked = (await draftItems("CONSUMER")).map((i) => i.id);
    expect(asked).toContain(x2.id);
    expect(asked).not.toContain(x.id);
    expect(asked).not.toContain(y.id);
    const d2 = await startDraft(db(), { principal: maintainer, entityId: consumer.id, fromLast: true });
    expect(d2.copied).toBe(0);
    await expect(
      saveAnswers(db(), {
        principal: maintainer,
        assessmentId: d2.assessmentId,
        version: 1,
        changes: [{ itemId: y.id, value: "PASS" }],
      }),
    ).rejects.toMatchObject({ code: "invalid" });
    const second = await submitAssessment(db(), { principal: maintainer, assessmentId: d2.assessmentId, version: 1 });
    const live = await draftItems("CONSUMER");
    expect(second.sums).toEqual(sumAnswers(live.map((i) => ({ ...i, value: null }))));
    expect(second.sums.debtWeight).toBe(0);

    const audit = await db().auditEvent.findMany({
      where: { targetId: { in: [x.id, y.id, x2.id] } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "checklist.item.add",
      "checklist.item.add",
      "checklist.item.edit",
      "checklist.item.retire",
    ]);
  });
});
