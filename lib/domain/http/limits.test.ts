import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, uploadTooLarge } from "./limits";

describe("uploadTooLarge", () => {
  it.each([
    [[], null],
    [[MAX_BODY_BYTES], null],
    [[MAX_BODY_BYTES / 2, MAX_BODY_BYTES / 2], null],
    [[MAX_BODY_BYTES + 1], /too large: 5\.0 MB together; one upload takes at most 5\.0 MB/],
    [[4 * 1024 * 1024, 2 * 1024 * 1024], /too large: 6\.0 MB together/],
  ])("%j → %s", (sizes, expected) => {
    const problem = uploadTooLarge(sizes);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
