// A member's draft reaches the score through the team's maintainers: the member (who may draft
// but not submit) marks it ready for review; a maintainer may then change answers and submit
// it; the submission records both the author and the submitter, in the row, the audit trail
// and the history. Before the hand-off (or after a withdrawal) the draft is the author's alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sumAnswers } from "@/lib/domain/scoring/score";
import { db } from "@/lib/server/db/client";
import { getAssessmentView } from "@/lib/server/assessments/get-assessment-view";
import { listEntityAssessments } from "@/lib/server/assessments/list-entity-assessments";
import { markDraftReady } from "@/lib/server/assessments/mark-draft-ready";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { ConflictError, ForbiddenError } from "@/lib/server/errors";
import { draftItems, ensureChecklist, entityOf, teamFixture } from "./assessment-fixtures";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

describe("handing a member's draft to the maintainers", () => {
  it("marks ready, lets a maintainer change and submit it, and records both names", async () => {
    const { teamId, maintainer, member } = await teamFixture();
    const model = await entityOf(teamId);
    const [i0, i1, i2] = await draftItems("MODEL");
    if (!i0 || !i1 || !i2) throw new Error("checklist too short");

    const { assessmentId } = await startDraft(db(), { principal: member, entityId: model.id });
    const saved = await saveAnswers(db(), {
      principal: member,
      assessmentId,
      version: 1,
      changes: [
        { itemId: i0.id, value: "FAIL", note: "no monitoring yet" },
        { itemId: i1.id, value: "PASS" },
      ],
    });
    // The member may not submit; the maintainer may not touch it before the hand-off.
    await expect(
      submitAssessment(db(), { principal: member, assessmentId, version: saved.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      saveAnswers(db(), {
        principal: maintainer,
        assessmentId,
        version: saved.version,
        changes: [{ itemId: i2.id, value: "PASS" }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      submitAssessment(db(), { principal: maintainer, assessmentId, version: saved.version }),
    ).rejects.toThrow(/marks it ready for review/);
    const viewBefore = await getAssessmentView({
      kind: "MODEL",
      name: model.name,
      rubric: "DEBT",
      principal: maintainer,
      draftId: assessmentId,
    });
    expect(viewBefore).toMatchObject({ draft: null, draftUnavailable: true, readyDrafts: [] });
    // Only the author hands it over.
    await expect(
      markDraftReady(db(), { principal: maintainer, assessmentId, version: saved.version, ready: true }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const ready = await markDraftReady(db(), { principal: member, assessmentId, version: saved.version, ready: true });
    expect(ready.readyForReviewAt).toBeInstanceOf(Date);
    expect(ready.version).toBe(saved.version + 1);

    // The maintainer finds it, opens it, changes an answer and submits it.
    const view = await getAssessmentView({
      kind: "MODEL",
      name: model.name,
      rubric: "DEBT",
      principal: maintainer,
      draftId: assessmentId,
    });
    expect(view?.readyDrafts.map((d) => [d.id, d.author, d.answered])).toEqual([[assessmentId, member.name, 2]]);
    expect(view?.draft).toMatchObject({ id: assessmentId, own: false, author: member.name });
    expect(view?.draft?.answers[i0.id]).toMatchObject({ value: "FAIL", note: "no monitoring yet" });
    const changed = await saveAnswers(db(), {
      principal: maintainer,
      assessmentId,
      version: ready.version,
      changes: [{ itemId: i1.id, value: "PARTIAL", note: "only half the dashboards alert" }],
    });
    const submitted = await submitAssessment(db(), { principal: maintainer, assessmentId, version: changed.version });

    const items = await draftItems("MODEL");
    expect(submitted.sums).toEqual(
      sumAnswers(items.map((i) => ({ ...i, value: i.id === i0.id ? "FAIL" : i.id === i1.id ? "PARTIAL" : null }))),
    );
    const row = await db().assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      select: { status: true, authorId: true, submittedById: true },
    });
    expect(row).toEqual({ status: "SUBMITTED", authorId: member.userId, submittedById: maintainer.userId });
    const audit = await db().auditEvent.findMany({
      where: { targetId: assessmentId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true, after: true },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["assessment.start", member.userId],
      ["assessment.draft.save", member.userId],
      ["assessment.ready-for-review", member.userId],
      ["assessment.draft.save", maintainer.userId],
      ["assessment.submit", maintainer.userId],
    ]);
    expect(audit.at(-1)?.after).toMatchObject({ authorId: member.userId, submittedById: maintainer.userId });
    const [history] = await listEntityAssessments({ entityId: model.id });
    expect(history).toMatchObject({ status: "SUBMITTED", author: member.name, submittedBy: maintainer.name });
  });

  it("after a withdrawal the maintainer can neither save nor submit, even from a page opened before", async () => {
    const { teamId, maintainer, member } = await teamFixture();
    const model = await entityOf(teamId);
    const [i0] = await draftItems("MODEL");
    if (!i0) throw new Error("checklist too short");
    const { assessmentId } = await startDraft(db(), { principal: member, entityId: model.id });
    const ready = await markDraftReady(db(), { principal: member, assessmentId, version: 1, ready: true });
    const withdrawn = await markDraftReady(db(), {
      principal: member,
      assessmentId,
      version: ready.version,
      ready: false,
    });
    expect(withdrawn.readyForReviewAt).toBeNull();
    // The page opened while it was ready holds the old version: refused, nothing saved.
    await expect(
      saveAnswers(db(), {
        principal: maintainer,
        assessmentId,
        version: ready.version,
        changes: [{ itemId: i0.id, value: "PASS" }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      submitAssessment(db(), { principal: maintainer, assessmentId, version: withdrawn.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().answer.count({ where: { assessmentId } })).toBe(0);
    // A stale hand-off (another tab of the author's) is a conflict, not a silent overwrite.
    await expect(
      markDraftReady(db(), { principal: member, assessmentId, version: ready.version, ready: true }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("the author submitting their own draft is recorded as its submitter", async () => {
    const { teamId, maintainer } = await teamFixture();
    const model = await entityOf(teamId);
    const { assessmentId } = await startDraft(db(), { principal: maintainer, entityId: model.id });
    await submitAssessment(db(), { principal: maintainer, assessmentId, version: 1 });
    const [history] = await listEntityAssessments({ entityId: model.id });
    expect(history).toMatchObject({ author: maintainer.name, submittedBy: null });
    expect(
      await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { submittedById: true } }),
    ).toEqual({ submittedById: maintainer.userId });
  });
});
