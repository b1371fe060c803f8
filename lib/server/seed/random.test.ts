import { describe, expect, it } from "vitest";
import { createIdFactory, createRandom } from "./random";

describe("createRandom", () => {
  it("repeats for a seed and differs between seeds and forks", () => {
    const draw = (seed: number | string) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(createRandom(42).fork("a").next()).not.toEqual(createRandom(42).fork("b").next());
  });

  it("keeps ints in range and samples without repeats", () => {
    const random = createRandom(7);
    for (let i = 0; i < 1_000; i++) expect(random.int(3, 5)).toBeGreaterThanOrEqual(3);
    expect(new Set(random.sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});

describe("createIdFactory", () => {
  it("makes unique cuid-shaped ids", () => {
    const id = createIdFactory(createRandom(1));
    const ids = Array.from({ length: 10_000 }, id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of ids.slice(0, 10)) expect(x).toMatch(/^c[0-9a-z]{24}$/);
  });
});
