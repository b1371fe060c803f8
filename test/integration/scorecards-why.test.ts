// "Why is this a C": the items behind a rating, a submitted assessment read back with its
// predecessor, the per-category breakdown and the path to the next rating, on assessments
// submitted through the real submit path into a real Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { submitComplete } from "@/lib/server/assessments/submit-complete";
import { listDebtItems } from "@/lib/server/scorecards/list-debt-items";
import { getEntityBreakdown } from "@/lib/server/scorecards/get-entity-breakdown";
import { getSubmittedAssessment } from "@/lib/server/assessments/get-submitted-assessment";
import { getTeam } from "@/lib/server/teams/get-team";
import { diffAnswers } from "@/lib/domain/scoring/assessment-diff";
import { debtRatio, ratingOf, poolSums } from "@/lib/domain/scoring/score";
import { meetsRating, nextRating, pathToRating } from "@/lib/domain/scoring/path-to-rating";
import type { AnswerValue } from "@/lib/domain/kinds";
import { draftItems, ensureChecklist, entityOf, teamFixture, type TeamFixture } from "./assessment-fixtures";

let fixture: TeamFixture;
beforeAll(async () => {
  await ensureChecklist();
  fixture = await teamFixture();
});
afterAll(async () => {
  await db().$disconnect();
});

const CYCLE: AnswerValue[] = ["FAIL", "PASS", "PARTIAL", "PASS", "NA", "PASS"];

describe("the items behind a rating", () => {
  it("lists an entity's failing and partial answers of its latest submission, most principal first", async () => {
    const model = await entityOf(fixture.teamId);
    const items = await draftItems("MODEL");
    const first = items.map((item, i) => ({
      itemKey: item.key,
      value: CYCLE[i % CYCLE.length]!,
      note: `first ${i}`,
      evidenceUrl: i === 0 ? "https://wiki.example.com/evidence" : "",
    }));
    await submitComplete(db(), fixture.maintainer, { kind: "MODEL", name: model.name, rubric: "DEBT", answers: first });
    // The second submission fixes the first item and fails the second; the rest stays.
    const second = first.map((a, i) =>
      i === 0 ? { ...a, value: "PASS" as const, note: "fixed" } : i === 1 ? { ...a, value: "FAIL" as const } : a,
    );
    const two = await submitComplete(db(), fixture.maintainer, {
      kind: "MODEL",
      name: model.name,
      rubric: "DEBT",
      answers: second,
      basedOnSeq: 1,
    });

    const debt = await listDebtItems({ entityId: model.id });
    const expected = second.filter((a) => a.value === "FAIL" || a.value === "PARTIAL");
    expect(debt.total).toBe(expected.length);
    expect(debt.items.map((i) => i.itemKey).sort()).toEqual(expected.map((a) => a.itemKey).sort());
    expect(debt.items.every((i) => i.assessmentSeq === 2)).toBe(true);
    // Most principal first, and the items hold all of the frozen principal.
    const principal = debt.items.map((i) => i.principalDays);
    expect(principal).toEqual([...principal].sort((a, b) => b - a));
    expect(debt.totalPrincipal).toBeCloseTo(two.sums.principalDays, 9);
    expect(debt.items.reduce((s, i) => s + i.debtWeight, 0)).toBeCloseTo(two.sums.debtWeight, 9);
    const item1 = debt.items.find((i) => i.itemKey === items[1]!.key)!;
    expect(item1).toMatchObject({ value: "FAIL", note: "first 1", weight: items[1]!.weight });

    // One category only: a subset, all of that category.
    const category = debt.items[0]!.categoryKey;
    const one = await listDebtItems({ entityId: model.id, categoryKey: category });
    expect(one.items.length).toBeGreaterThan(0);
    expect(one.items.every((i) => i.categoryKey === category)).toBe(true);

    // The team's items are its entities' (this fixture's team has this one assessed entity).
    const team = await listDebtItems({ teamId: fixture.teamId });
    expect(team.items.filter((i) => i.entity.name === model.name)).toHaveLength(debt.total);
    const limited = await listDebtItems({ teamId: fixture.teamId, limit: 2 });
    expect(limited.items).toHaveLength(2);
    expect(limited.total).toBe(team.total);

    // The per-category breakdown pools to the frozen sums.
    const breakdown = (await getEntityBreakdown({ entityId: model.id }))!;
    const pooled = poolSums(breakdown.categories.map((c) => c.sums));
    expect(pooled.debtWeight).toBeCloseTo(two.sums.debtWeight, 9);
    expect(pooled.totalWeight).toBeCloseTo(two.sums.totalWeight, 9);
    expect(pooled.principalDays).toBeCloseTo(two.sums.principalDays, 9);

    // Read back read-only with its predecessor: the diff names exactly the two changed answers,
    // and their principal moves add up to the change in frozen principal.
    const view = (await getSubmittedAssessment({ kind: "MODEL", name: model.name, seq: 2 }))!;
    expect(view.assessment.seq).toBe(2);
    expect(view.previous?.seq).toBe(1);
    expect(view.latestSeq).toBe(2);
    const changes = diffAnswers(view.previous!.answers, view.assessment.answers);
    expect(changes.map((c) => c.itemKey).sort()).toEqual([items[0]!.key, items[1]!.key].sort());
    const moved = changes.reduce((s, c) => s + c.principalDelta, 0);
    expect(moved).toBeCloseTo(view.assessment.sums!.principalDays - view.previous!.sums!.principalDays, 9);
    expect(view.assessment.answers.find((a) => a.itemKey === items[0]!.key)?.note).toBe("fixed");
    expect(view.previous!.answers.find((a) => a.itemKey === items[0]!.key)?.evidenceUrl).toBe(
      "https://wiki.example.com/evidence",
    );
    expect(await getSubmittedAssessment({ kind: "MODEL", name: model.name, seq: 3 })).toBeNull();
    const firstView = (await getSubmittedAssessment({ kind: "MODEL", name: model.name, seq: 1 }))!;
    expect(firstView.previous).toBeNull();

    // The path to the next rating, on the team's real items, reaches it.
    const teamScore = (await getTeam({
      slug: (await db().team.findUniqueOrThrow({ where: { id: fixture.teamId } })).slug,
    }))!;
    const rating = ratingOf(debtRatio(teamScore.sums))!;
    const next = nextRating(rating);
    if (next) {
      const path = pathToRating(teamScore.sums, team.items, next)!;
      expect(path.items.length).toBeGreaterThan(0);
      expect(meetsRating(path.ratingAfter, next)).toBe(true);
      const removed = path.items.reduce((s, i) => s + i.debtWeight, 0);
      expect(ratingOf((teamScore.sums.debtWeight - removed) / teamScore.sums.totalWeight)).toBe(path.ratingAfter);
    }
  });

  it("has no items for an entity never assessed", async () => {
    const model = await entityOf(fixture.teamId);
    expect(await listDebtItems({ entityId: model.id })).toEqual({ items: [], total: 0, totalPrincipal: 0 });
    expect(await getEntityBreakdown({ entityId: model.id })).toBeNull();
  });
});
