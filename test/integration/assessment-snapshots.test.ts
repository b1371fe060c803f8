// After submits, today's TEAM snapshot rows (moved incrementally by each submit) equal a
// recomputation from the raw answers with the pure scoring rules, each entity's latest
// submission pooled (total and per category), and equal a full recompute of the day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/domain/kinds";
import { poolBreakdowns, sumByCategory } from "@/lib/domain/scoring/breakdown";
import { db } from "@/lib/server/db/client";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import type { Principal } from "@/lib/domain/auth/permissions";
import { draftItems, ensureChecklist, entityOf, teamFixture } from "./assessment-fixtures";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

const CYCLE: (AnswerValue | null)[] = ["PASS", "FAIL", "PARTIAL", "NA", null, "FAIL", "PASS"];

async function assess(
  principal: Principal,
  entityId: string,
  kind: "MODEL" | "FEATURE",
  offset: number,
  fromLast = false,
) {
  const items = await draftItems(kind);
  const draft = await startDraft(db(), { principal, entityId, fromLast });
  const changes = items.map((item, i) => ({ itemId: item.id, value: CYCLE[(i + offset) % CYCLE.length] ?? null }));
  const saved = await saveAnswers(db(), { principal, assessmentId: draft.assessmentId, version: 1, changes });
  return submitAssessment(db(), { principal, assessmentId: draft.assessmentId, version: saved.version });
}

describe("score snapshots after submit", () => {
  it("match a recomputation from raw answers", async () => {
    const { teamId, maintainer } = await teamFixture();
    const m1 = await entityOf(teamId, "MODEL");
    const m2 = await entityOf(teamId, "MODEL");
    const f1 = await entityOf(teamId, "FEATURE");
    await assess(maintainer, m1.id, "MODEL", 0);
    await assess(maintainer, m1.id, "MODEL", 3, true); // supersedes the first
    await assess(maintainer, m2.id, "MODEL", 1);
    await assess(maintainer, f1.id, "FEATURE", 2);

    // Recompute: each entity's latest submission, its answers over the items it was asked.
    const breakdowns = [];
    for (const entity of [m1, m2, f1]) {
      const latest = await db().assessment.findFirstOrThrow({
        where: { entityId: entity.id, status: "SUBMITTED" },
        orderBy: { submittedSeq: "desc" },
        select: { answers: { select: { itemId: true, value: true } } },
      });
      const values = new Map(latest.answers.map((a) => [a.itemId, a.value]));
      const items = await draftItems(entity.kind);
      breakdowns.push(
        sumByCategory(
          items.map((i) => ({
            categoryKey: i.categoryId,
            weight: i.weight,
            remediationDays: i.remediationDays,
            value: values.get(i.id) ?? null,
          })),
        ),
      );
    }
    const pooled = poolBreakdowns(breakdowns);

    const today = new Date(new Date().toISOString().slice(0, 10));
    const read = () =>
      db().scoreSnapshot.findMany({ where: { scope: "TEAM", teamId, takenOn: today }, orderBy: { categoryId: "asc" } });
    const check = (rows: Awaited<ReturnType<typeof read>>) => {
      const total = rows.find((r) => r.categoryId === null);
      expectClose(total, { ...pooled.total, entityCount: 3 });
      for (const c of pooled.categories)
        expectClose(
          rows.find((r) => r.categoryId === c.categoryKey),
          c.sums,
        );
    };
    const incremental = await read();
    check(incremental);
    // One row per DEBT category plus the total, whatever was answered.
    const categories = await db().debtCategory.count({ where: { rubric: "DEBT" } });
    expect(incremental).toHaveLength(categories + 1);

    // A full recompute of the day agrees with the incremental rows.
    await recordScoreSnapshots(db(), { on: new Date() });
    const full = await read();
    check(full);
    expect(full.map((r) => [r.categoryId, r.entityCount])).toEqual(
      incremental.map((r) => [r.categoryId, r.entityCount]),
    );
  });
});

function expectClose(row: object | undefined, expected: object) {
  expect(row).toBeDefined();
  // Incremental sums add and subtract floats in another order than a recompute.
  const actual = row as Record<string, number> | undefined;
  for (const [key, value] of Object.entries(expected) as [string, number][])
    expect(actual?.[key], key).toBeCloseTo(value, 9);
}
