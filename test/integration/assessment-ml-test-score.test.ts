// The ML Test Score rubric: models only, its own submission chain, and never part of the debt
// score or the debt snapshots.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ML_TEST_SECTIONS, isMlTestSection, mlTestScore } from "@/lib/domain/scoring/ml-test-score";
import { db } from "@/lib/server/db/client";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { InvalidInputError } from "@/lib/server/errors";
import { draftItems, ensureChecklist, entityOf, teamFixture } from "./assessment-fixtures";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

describe("ML Test Score assessments", () => {
  it("apply to models only", async () => {
    const { teamId, maintainer } = await teamFixture();
    const feature = await entityOf(teamId, "FEATURE");
    await expect(
      startDraft(db(), { principal: maintainer, entityId: feature.id, rubric: "ML_TEST_SCORE" }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("are submitted in their own chain and stay out of the debt score", async () => {
    const { teamId, maintainer } = await teamFixture();
    const model = await entityOf(teamId);
    const items = await draftItems("MODEL", "ML_TEST_SCORE");
    expect(items).toHaveLength(28);
    const categories = new Map(
      (await db().debtCategory.findMany({ select: { id: true, key: true } })).map((c) => [c.id, c.key]),
    );
    const draft = await startDraft(db(), { principal: maintainer, entityId: model.id, rubric: "ML_TEST_SCORE" });
    const values = items.map((_, i) => (i % 4 === 0 ? "PARTIAL" : "PASS") as "PASS" | "PARTIAL");
    await saveAnswers(db(), {
      principal: maintainer,
      assessmentId: draft.assessmentId,
      version: 1,
      changes: items.map((it, i) => ({ itemId: it.id, value: values[i] ?? null })),
    });
    const result = await submitAssessment(db(), {
      principal: maintainer,
      assessmentId: draft.assessmentId,
      version: 2,
    });
    expect(result.submittedSeq).toBe(1);

    // The page's score is computed from the same answers with the pure rule.
    const score = mlTestScore(
      items.flatMap((it, i) => {
        const key = categories.get(it.categoryId) ?? "";
        return isMlTestSection(key) ? [{ section: key, value: values[i] ?? null }] : [];
      }),
    );
    expect(ML_TEST_SECTIONS.every((s) => score.sections[s] > 0)).toBe(true);
    expect(score.score).toBeGreaterThan(5);

    await recordScoreSnapshots(db(), { on: new Date() });
    const snap = await db().scoreSnapshot.findFirstOrThrow({
      where: { scope: "TEAM", teamId, categoryId: null, takenOn: new Date(new Date().toISOString().slice(0, 10)) },
    });
    expect(snap).toMatchObject({ totalWeight: 0, entityCount: 0 });
    // A debt draft of the same model starts its own chain at 1.
    const debt = await startDraft(db(), { principal: maintainer, entityId: model.id });
    await expect(
      submitAssessment(db(), { principal: maintainer, assessmentId: debt.assessmentId, version: 1 }),
    ).resolves.toMatchObject({ submittedSeq: 1 });
  });
});
