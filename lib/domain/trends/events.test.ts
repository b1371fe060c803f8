import { describe, expect, it } from "vitest";
import { importChangeCount, LARGE_IMPORT_MIN_CHANGES } from "./events";

describe("importChangeCount", () => {
  it.each<[unknown, number]>([
    [{ created: 3, changed: 2, archived: 1, unchanged: 40, skipped: 9 }, 6],
    [{ created: { teams: 7, models: 60, relations: 300 }, changed: 0, archived: 4, seed: 42 }, 371],
    [{ created: "many" }, 0],
    [{}, 0],
    [null, 0],
    ["x", 0],
  ])("%j → %i", (summary, n) => expect(importChangeCount(summary)).toBe(n));

  it("a large import is a score-moving one, not an everyday edit", () =>
    expect(LARGE_IMPORT_MIN_CHANGES).toBeGreaterThan(5));
});
