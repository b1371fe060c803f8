// Two people submitting on the same predecessor: exactly one wins, the other is told who and
// when and keeps a draft with all their answers. And a stale autosave (another tab) changes
// nothing and says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { SupersededError } from "@/lib/server/assessments/superseded";
import { rebaseDraft } from "@/lib/server/assessments/rebase-draft";
import { ConflictError } from "@/lib/server/errors";
import { draftItems, ensureChecklist, entityOf, teamFixture } from "./assessment-fixtures";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

describe("concurrent submits", () => {
  it.each([
    ["first ever assessment", false],
    ["re-assessment on the same predecessor", true],
  ])("%s: exactly one wins, the loser keeps their answers", async (_label, withPredecessor) => {
    const { teamId, maintainer, maintainer2 } = await teamFixture();
    const model = await entityOf(teamId);
    const [item] = await draftItems("MODEL");
    if (!item) throw new Error("no items");
    if (withPredecessor) {
      const d = await startDraft(db(), { principal: maintainer, entityId: model.id });
      await submitAssessment(db(), { principal: maintainer, assessmentId: d.assessmentId, version: 1 });
    }
    const a = await startDraft(db(), { principal: maintainer, entityId: model.id });
    const b = await startDraft(db(), { principal: maintainer2, entityId: model.id });
    await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: a.assessmentId,
      version: 1,
      changes: [{ itemId: item.id, value: "PASS" }],
    });
    await saveAnswers(db(), {
      principal: maintainer2,
      assessmentId: b.assessmentId,
      version: 1,
      changes: [{ itemId: item.id, value: "FAIL", note: "mine" }],
    });

    const results = await Promise.allSettled([
      submitAssessment(db(), { principal: maintainer, assessmentId: a.assessmentId, version: 2 }),
      submitAssessment(db(), { principal: maintainer2, assessmentId: b.assessmentId, version: 2 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0]?.reason as unknown;
    expect(error).toBeInstanceOf(SupersededError);
    expect(error).toMatchObject({ code: "superseded" });
    const winner = results[0]?.status === "fulfilled" ? maintainer : maintainer2;
    const loserDraft = results[0]?.status === "fulfilled" ? b : a;
    expect((error as SupersededError).changedBy).toBe(winner.name);
    expect((error as SupersededError).message).toMatch(
      new RegExp(`^${winner.name} submitted an assessment at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`),
    );

    const submitted = await db().assessment.findMany({
      where: { entityId: model.id, status: "SUBMITTED" },
      select: { submittedSeq: true },
    });
    expect(submitted.map((s) => s.submittedSeq).sort()).toEqual(withPredecessor ? [1, 2] : [1]);
    const kept = await db().assessment.findUniqueOrThrow({
      where: { id: loserDraft.assessmentId },
      select: { status: true, submittedSeq: true, answers: { select: { value: true } } },
    });
    expect(kept).toMatchObject({ status: "DRAFT", submittedSeq: null });
    expect(kept.answers).toHaveLength(1);

    // Submitting the stale draft again is refused the same way (resolveSubmit, no race needed).
    const again = await submitAssessment(db(), {
      principal: loserDraft === a ? maintainer : maintainer2,
      assessmentId: loserDraft.assessmentId,
      version: 2,
    }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(SupersededError);
  });
  it("the race lost at commit (unique index) is reported the same way", async () => {
    const { teamId, maintainer, maintainer2 } = await teamFixture();
    const model = await entityOf(teamId);
    const a = await startDraft(db(), { principal: maintainer, entityId: model.id });
    const b = await startDraft(db(), { principal: maintainer2, entityId: model.id });
    // A holds seq 1 in an open transaction while B submits: B reads no predecessor (A is not
    // committed), takes seq 1 too, waits on the index, and fails once A commits.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let bResult: Promise<unknown> = Promise.resolve();
    await db().$transaction(async (tx) => {
      await tx.assessment.update({
        where: { id: a.assessmentId },
        data: { status: "SUBMITTED", submittedSeq: 1, submittedAt: new Date() },
      });
      bResult = submitAssessment(db(), { principal: maintainer2, assessmentId: b.assessmentId, version: 1 }).catch(
        (e: unknown) => e,
      );
      setTimeout(release, 300);
      await held;
    });
    const error = await bResult;
    expect(error).toBeInstanceOf(SupersededError);
    expect(error).toMatchObject({ code: "superseded" });
    expect((error as SupersededError).changedBy).toBe(maintainer.name);
    const draftB = await db().assessment.findUniqueOrThrow({ where: { id: b.assessmentId }, select: { status: true } });
    expect(draftB.status).toBe("DRAFT");
  });
});

describe("after losing", () => {
  it("the loser keeps their answers, builds on the winner's assessment and submits next", async () => {
    const { teamId, maintainer, maintainer2 } = await teamFixture();
    const model = await entityOf(teamId);
    const [item] = await draftItems("MODEL");
    if (!item) throw new Error("no items");
    const a = await startDraft(db(), { principal: maintainer, entityId: model.id });
    const b = await startDraft(db(), { principal: maintainer2, entityId: model.id });
    await saveAnswers(db(), {
      principal: maintainer2,
      assessmentId: b.assessmentId,
      version: 1,
      changes: [{ itemId: item.id, value: "FAIL", note: "kept" }],
    });
    const won = await submitAssessment(db(), { principal: maintainer, assessmentId: a.assessmentId, version: 1 });
    await expect(
      submitAssessment(db(), { principal: maintainer2, assessmentId: b.assessmentId, version: 2 }),
    ).rejects.toBeInstanceOf(SupersededError);

    const rebased = await rebaseDraft(db(), { principal: maintainer2, assessmentId: b.assessmentId });
    expect(rebased).toEqual({ version: 3, basedOnSeq: won.submittedSeq });
    const next = await submitAssessment(db(), { principal: maintainer2, assessmentId: b.assessmentId, version: 3 });
    expect(next.submittedSeq).toBe(2);
    const row = await db().assessment.findUniqueOrThrow({
      where: { id: b.assessmentId },
      select: { basedOnId: true, answers: { select: { value: true, note: true } } },
    });
    expect(row).toEqual({ basedOnId: a.assessmentId, answers: [{ value: "FAIL", note: "kept" }] });
  });
});

describe("autosave version conflict", () => {
  it("a stale save from another tab changes nothing and says when the newer one was saved", async () => {
    const { teamId, maintainer } = await teamFixture();
    const model = await entityOf(teamId);
    const [x, y] = await draftItems("MODEL");
    if (!x || !y) throw new Error("no items");
    const draft = await startDraft(db(), { principal: maintainer, entityId: model.id });
    // Tab 1 saves on version 1 → 2; tab 2, still on version 1, tries to overwrite.
    const tab1 = await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: draft.assessmentId,
      version: 1,
      changes: [{ itemId: x.id, value: "PASS" }],
    });
    const stale = await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: draft.assessmentId,
      version: 1,
      changes: [
        { itemId: x.id, value: "FAIL" },
        { itemId: y.id, value: "FAIL" },
      ],
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({ code: "stale_version" });
    expect((stale as ConflictError).changedAt?.getTime()).toBe(tab1.savedAt.getTime());
    const answers = await db().answer.findMany({
      where: { assessmentId: draft.assessmentId },
      select: { itemId: true, value: true },
    });
    expect(answers).toEqual([{ itemId: x.id, value: "PASS" }]);

    // Submitting from the stale tab is refused too; from the fresh one it goes through.
    await expect(
      submitAssessment(db(), { principal: maintainer, assessmentId: draft.assessmentId, version: 1 }),
    ).rejects.toMatchObject({ code: "stale_version" });
    await expect(
      submitAssessment(db(), { principal: maintainer, assessmentId: draft.assessmentId, version: tab1.version }),
    ).resolves.toMatchObject({ submittedSeq: 1 });
  });

  it("concurrent saves on the same version: one applies, the other conflicts", async () => {
    const { teamId, maintainer } = await teamFixture();
    const model = await entityOf(teamId);
    const [x] = await draftItems("MODEL");
    if (!x) throw new Error("no items");
    const draft = await startDraft(db(), { principal: maintainer, entityId: model.id });
    const results = await Promise.allSettled(
      (["PASS", "FAIL"] as const).map((value) =>
        saveAnswers(db(), {
          principal: maintainer,
          assessmentId: draft.assessmentId,
          version: 1,
          changes: [{ itemId: x.id, value }],
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const row = await db().assessment.findUniqueOrThrow({
      where: { id: draft.assessmentId },
      select: { version: true },
    });
    expect(row.version).toBe(2);
  });
});
