import { describe, expect, test } from "vitest";
import { diffAnswers, type DiffableAnswer } from "./assessment-diff";
import type { AnswerValue } from "@/lib/domain/kinds";

const a = (itemKey: string, value: AnswerValue | null, remediationDays = 2, note = ""): DiffableAnswer => ({
  itemKey,
  value,
  remediationDays,
  note,
});

describe("diffAnswers", () => {
  test("unchanged answers are left out; changed ones carry the principal they moved", () => {
    const before = [a("x", "FAIL", 4), a("y", "PASS"), a("z", "PARTIAL", 2)];
    const after = [a("x", "PASS", 4), a("y", "PASS"), a("z", "FAIL", 2)];
    expect(
      diffAnswers(before, after).map((c) => [c.itemKey, c.before?.value, c.after?.value, c.principalDelta]),
    ).toEqual([
      ["x", "FAIL", "PASS", -4],
      ["z", "PARTIAL", "FAIL", 1],
    ]);
  });

  test.each<[string, DiffableAnswer[], DiffableAnswer[], number]>([
    ["newly answered fail", [], [a("n", "FAIL", 3)], 3],
    ["answer dropped (item retired)", [a("r", "PARTIAL", 3)], [], -1.5],
    ["fail → n/a leaves the sums", [a("q", "FAIL", 5)], [a("q", "NA", 5)], -5],
    ["note changed only", [a("m", "FAIL", 1, "old")], [a("m", "FAIL", 1, "new")], 0],
  ])("%s", (_name, before, after, delta) => {
    const changes = diffAnswers(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.principalDelta).toBeCloseTo(delta, 9);
  });

  test("whitespace-only note edits are not changes", () => {
    expect(diffAnswers([a("m", "FAIL", 1, "same")], [a("m", "FAIL", 1, "same  ")])).toEqual([]);
  });
});
