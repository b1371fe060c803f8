// Draft → save → submit → a new draft from the last one → submit: the first stays as it was,
// the second supersedes it, and the frozen sums are exactly sumAnswers over the live items.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sumAnswers } from "@/lib/domain/scoring/score";
import { db } from "@/lib/server/db/client";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { saveAnswersAction, startDraftAction, submitAssessmentAction } from "@/lib/server/assessments/definitions";
import { ForbiddenError } from "@/lib/server/errors";
import { draftItems, ensureChecklist, entityOf, teamFixture } from "./assessment-fixtures";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

describe("assessment lifecycle", () => {
  it("submits, supersedes and keeps every assessment in history", async () => {
    const { teamId, maintainer } = await teamFixture();
    const model = await entityOf(teamId);
    const items = await draftItems("MODEL");
    expect(items.length).toBeGreaterThan(5);
    const [i0, i1, i2, i3] = items;
    if (!i0 || !i1 || !i2 || !i3) throw new Error("checklist too short");

    const first = await startDraft(db(), { principal: maintainer, entityId: model.id });
    expect(first.created).toBe(true);
    const reopened = await startDraft(db(), { principal: maintainer, entityId: model.id });
    expect(reopened).toMatchObject({ assessmentId: first.assessmentId, created: false });

    const saved = await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: first.assessmentId,
      version: 1,
      changes: [
        { itemId: i0.id, value: "PASS" },
        { itemId: i1.id, value: "FAIL", note: "no owner", evidenceUrl: "https://example.test/runbook" },
        { itemId: i2.id, value: "NA" },
      ],
    });
    expect(saved.version).toBe(2);
    const one = await submitAssessment(db(), { principal: maintainer, assessmentId: first.assessmentId, version: 2 });
    expect(one.submittedSeq).toBe(1);
    const expected = sumAnswers(
      items.map((i) => ({
        ...i,
        value: i.id === i0.id ? "PASS" : i.id === i1.id ? "FAIL" : i.id === i2.id ? "NA" : null,
      })),
    );
    expect(one.sums).toEqual(expected);

    // Submitted assessments never change.
    await expect(
      saveAnswers(db(), { principal: maintainer, assessmentId: first.assessmentId, version: 3, changes: [] }),
    ).rejects.toMatchObject({ code: "conflict" });

    const second = await startDraft(db(), { principal: maintainer, entityId: model.id, fromLast: true });
    expect(second).toMatchObject({ created: true, copied: 3 });
    const copied = await db().answer.findMany({
      where: { assessmentId: second.assessmentId },
      select: { itemId: true, value: true, note: true, evidenceUrl: true },
    });
    expect(copied).toContainEqual({
      itemId: i1.id,
      value: "FAIL",
      note: "no owner",
      evidenceUrl: "https://example.test/runbook",
    });
    await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: second.assessmentId,
      version: 1,
      changes: [
        { itemId: i1.id, value: "PASS" },
        { itemId: i3.id, value: "PARTIAL" },
      ],
    });
    const two = await submitAssessment(db(), { principal: maintainer, assessmentId: second.assessmentId, version: 2 });
    expect(two.submittedSeq).toBe(2);

    const history = await db().assessment.findMany({
      where: { entityId: model.id },
      orderBy: { submittedSeq: "asc" },
      select: {
        id: true,
        status: true,
        submittedSeq: true,
        basedOnId: true,
        debtWeight: true,
        totalWeight: true,
        _count: { select: { answers: true } },
      },
    });
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      id: first.assessmentId,
      submittedSeq: 1,
      debtWeight: expected.debtWeight,
      totalWeight: expected.totalWeight,
      _count: { answers: 3 },
    });
    expect(history[1]).toMatchObject({
      id: second.assessmentId,
      submittedSeq: 2,
      basedOnId: first.assessmentId,
      _count: { answers: 4 },
    });
    const audit = await db().auditEvent.findMany({
      where: { targetId: { in: [first.assessmentId, second.assessmentId] } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "assessment.draft.save",
      "assessment.draft.save",
      "assessment.start",
      "assessment.start",
      "assessment.submit",
      "assessment.submit",
    ]);
  });

  it("lets members keep drafts but not submit, and keeps drafts to their authors", async () => {
    const { teamId, member, maintainer } = await teamFixture();
    const model = await entityOf(teamId);
    const draft = await runAuthorized(startDraftAction, { entityId: model.id }, member);
    await expect(
      runAuthorized(submitAssessmentAction, { assessmentId: draft.assessmentId, version: 1 }, member),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      runAuthorized(saveAnswersAction, { assessmentId: draft.assessmentId, version: "1", changes: "[]" }, maintainer),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const outsider = { ...member, teamRoles: {} };
    await expect(runAuthorized(startDraftAction, { entityId: model.id }, outsider)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses answers to questions the draft does not ask", async () => {
    const { teamId, maintainer } = await teamFixture();
    const feature = await entityOf(teamId, "FEATURE");
    const featureItems = new Set((await draftItems("FEATURE")).map((i) => i.id));
    const notAsked = (await draftItems("MODEL")).find((i) => !featureItems.has(i.id));
    if (!notAsked) throw new Error("expected a model-only item");
    const draft = await startDraft(db(), { principal: maintainer, entityId: feature.id });
    await expect(
      saveAnswers(db(), {
        principal: maintainer,
        assessmentId: draft.assessmentId,
        version: 1,
        changes: [{ itemId: notAsked.id, value: "PASS" }],
      }),
    ).rejects.toMatchObject({ code: "invalid" });
  });
});
