import { describe, expect, it } from "vitest";
import { canonicalSet, digest, fingerprint } from "./fingerprint";

describe("fingerprint", () => {
  it.each(["", "m1", "m1\u001fm2", "x".repeat(10_000)])("is a 28-digit hex digest (%#)", (text) => {
    expect(digest(text)).toMatch(/^[0-9a-f]{28}$/);
  });

  it("never changes for the same key, release after release", () => {
    // Stored fingerprints are matched against recomputed ones; changing the hash would reopen
    // every accepted finding.
    expect(fingerprint("FEEDBACK_LOOP", ["c1", "f1", "m1"])).toBe(FROZEN);
  });

  it.each([
    { a: ["ab", "c"], b: ["a", "bc"] },
    { a: ["m1", "m2"], b: ["m2", "m1"] },
    { a: ["m1"], b: ["m1", ""] },
  ])("tells $a and $b apart", ({ a, b }) => {
    expect(fingerprint("CORRECTION_CASCADE", a)).not.toBe(fingerprint("CORRECTION_CASCADE", b));
  });

  it("tells kinds apart", () => {
    expect(fingerprint("ORPHAN", ["m1"])).not.toBe(fingerprint("UNDERUTILIZED_FEATURE", ["m1"]));
  });

  it("sorts sets by code unit, not locale", () => {
    expect(canonicalSet(["b", "B", "a", "_"])).toEqual(["B", "_", "a", "b"]);
  });
});

const FROZEN = "FEEDBACK_LOOP:0289cc03d4bd060b9cc2124531a4";
