import { describe, expect, test } from "vitest";
import { meetsRating, nextRating, pathToRating, type FixCandidate } from "./path-to-rating";
import type { Rating } from "./score";

type C = FixCandidate & { id: string };
const fail = (id: string, weight: number, remediationDays: number): C => ({
  id,
  weight,
  remediationDays,
  value: "FAIL",
});
const partial = (id: string, weight: number, remediationDays: number): C => ({
  id,
  weight,
  remediationDays,
  value: "PARTIAL",
});

describe("pathToRating", () => {
  // Hand-computed at the band edges of docs/scoring.md §3 (upper bounds inclusive).
  test.each<{
    name: string;
    debtWeight: number;
    totalWeight: number;
    candidates: C[];
    target: Rating;
    ids: string[] | null;
    days?: number;
    ratingAfter?: Rating;
    ratioAfter?: number;
  }>([
    {
      name: "docs/scoring.md §12 worked example: C 20 % → B by the partial b (1.5 d), not the fail c (2 d)",
      debtWeight: 2,
      totalWeight: 10,
      candidates: [partial("b", 2, 3), fail("c", 1, 2)],
      target: "B",
      ids: ["b"],
      days: 1.5,
      ratingAfter: "B",
      ratioAfter: 0.1,
    },
    {
      name: "C 12.5 % → B: one partial lands exactly on 10 % (inclusive) and beats the dearer fail",
      debtWeight: 2.5,
      totalWeight: 20,
      candidates: [fail("f", 1, 3), partial("p", 1, 4)],
      target: "B",
      ids: ["p"],
      days: 2,
      ratingAfter: "B",
      ratioAfter: 0.1,
    },
    {
      name: "C 15 % → B: one half-weight fix leaves 12.5 %, so the one full fail it takes",
      debtWeight: 3,
      totalWeight: 20,
      candidates: [partial("p1", 1, 2), partial("p2", 1, 2), fail("f", 1, 5)],
      target: "B",
      ids: ["f"],
      days: 5,
      ratingAfter: "B",
      ratioAfter: 0.1,
    },
    {
      name: "fewest items wins over fewer days: one fail (5 d) rather than two partials (2 d)",
      debtWeight: 3,
      totalWeight: 20,
      candidates: [partial("p1", 1, 2), partial("p2", 1, 2), fail("f", 1, 5)],
      target: "B",
      ids: ["f"],
    },
    {
      name: "E 60 % → D: the light fail reaching exactly 50 % beats the heavy one",
      debtWeight: 6,
      totalWeight: 10,
      candidates: [fail("heavy", 3, 8), fail("light", 1, 1)],
      target: "D",
      ids: ["light"],
      days: 1,
      ratingAfter: "D",
      ratioAfter: 0.5,
    },
    {
      name: "C 13 % → A (≤ 5 %): the weight-3 fail and the cheapest of the weight-1 fails",
      debtWeight: 5.2,
      totalWeight: 40,
      candidates: [fail("a", 1, 1), fail("b", 1, 9), fail("c", 1, 2), fail("big", 3, 4)],
      target: "A",
      ids: ["big", "a"],
      days: 5,
      ratingAfter: "A",
    },
    {
      name: "one step short of the edge: 10 % + one half weight needs more than that half",
      debtWeight: 2.5,
      totalWeight: 20,
      candidates: [partial("p", 0.5, 1), fail("f", 1, 1)],
      target: "B",
      ids: ["f"],
      days: 1,
    },
    {
      name: "already there (5 % is A, target B): nothing to fix",
      debtWeight: 1,
      totalWeight: 20,
      candidates: [fail("f", 1, 3)],
      target: "B",
      ids: [],
      days: 0,
      ratingAfter: "A",
    },
    {
      name: "20 % exactly is C (3 of 15 with floating noise)",
      debtWeight: 0.1 * 3 * 10,
      totalWeight: 15,
      candidates: [],
      target: "C",
      ids: [],
    },
    {
      name: "not reachable with what failed (inconsistent input): null",
      debtWeight: 5,
      totalWeight: 20,
      candidates: [partial("p", 1, 1)],
      target: "A",
      ids: null,
    },
    {
      name: "nothing answered: no rating, no path",
      debtWeight: 0,
      totalWeight: 0,
      candidates: [],
      target: "B",
      ids: null,
    },
  ])("$name", ({ debtWeight, totalWeight, candidates, target, ids, days, ratingAfter, ratioAfter }) => {
    const path = pathToRating({ debtWeight, totalWeight }, candidates, target);
    if (ids === null) {
      expect(path).toBeNull();
      return;
    }
    expect(path).not.toBeNull();
    expect(path!.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    if (days !== undefined) expect(path!.days).toBeCloseTo(days, 9);
    if (ratingAfter) expect(path!.ratingAfter).toBe(ratingAfter);
    if (ratioAfter !== undefined) expect(path!.ratioAfter).toBeCloseTo(ratioAfter, 9);
    expect(meetsRating(path!.ratingAfter, target)).toBe(true);
  });

  test("the set is never larger than needed: dropping any chosen item misses the target", () => {
    const candidates = [fail("a", 3, 2), fail("b", 2, 1), partial("c", 3, 5), fail("d", 1, 1), partial("e", 2, 2)];
    const sums = { debtWeight: 9.5, totalWeight: 30 };
    const path = pathToRating(sums, candidates, "C")!;
    const removed = (cs: C[]) => cs.reduce((s, c) => s + c.weight * (c.value === "FAIL" ? 1 : 0.5), 0);
    for (const left of path.items) {
      const rest = path.items.filter((c) => c !== left);
      expect((sums.debtWeight - removed(rest)) / sums.totalWeight).toBeGreaterThan(0.2);
    }
  });
});

describe("nextRating / meetsRating", () => {
  test.each<[Rating, Rating | null]>([
    ["E", "D"],
    ["D", "C"],
    ["C", "B"],
    ["B", "A"],
    ["A", null],
  ])("%s → %s", (r, next) => expect(nextRating(r)).toBe(next));

  test.each<[Rating, Rating, boolean]>([
    ["A", "B", true],
    ["B", "B", true],
    ["C", "B", false],
    ["E", "D", false],
  ])("%s meets %s: %s", (r, t, ok) => expect(meetsRating(r, t)).toBe(ok));
});
