import { describe, expect, it } from "vitest";
import { findingsHref, parseFindingsParams } from "./findings-params";

describe("findings URL params", () => {
  it.each([
    [{}, { kind: "", team: "", status: "OPEN", page: 1 }],
    [
      { kind: "feedback-loop", team: "team-ranking", status: "accepted", page: "3" },
      { kind: "FEEDBACK_LOOP", team: "team-ranking", status: "ACCEPTED", page: 3 },
    ],
    [
      { kind: "nonsense", status: "all", page: "-2" },
      { kind: "", team: "", status: "", page: 1 },
    ],
    [
      { kind: ["orphan", "x"], status: "weird" },
      { kind: "ORPHAN", team: "", status: "OPEN", page: 1 },
    ],
  ])("parses %j", (raw, expected) => {
    expect(parseFindingsParams(raw)).toEqual(expected);
  });

  it.each([
    [{}, "/findings"],
    [{ kind: "CORRECTION_CASCADE" as const }, "/findings?kind=correction-cascade"],
    [{ team: "none", status: "" as const, page: 2 }, "/findings?team=none&status=all&page=2"],
    [{ status: "RESOLVED" as const }, "/findings?status=resolved"],
    [{ team: "all" }, "/findings?team=all"],
    [{ team: "mine", kind: "ORPHAN" as const }, "/findings?kind=orphan&team=mine"],
  ])("builds %j", (params, href) => {
    expect(findingsHref(params)).toBe(href);
    const back = parseFindingsParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(findingsHref(back)).toBe(href);
  });
});
