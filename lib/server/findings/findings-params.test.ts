import { describe, expect, it } from "vitest";
import { findingsHref, parseFindingsParams, resolveFindingsTeam } from "./findings-params";

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

  it.each([
    ["", [], "all", { all: true }],
    ["", ["t1", "t2"], "mine", { teamIds: ["t1", "t2"] }],
    ["mine", ["t1"], "mine", { teamIds: ["t1"] }],
    ["mine", [], "mine", { teamIds: [] }],
    ["all", ["t1"], "all", { all: true }],
    ["none", ["t1"], "none", { none: true }],
    ["team-ranking", ["t1"], "team-ranking", { slug: "team-ranking" }],
  ] as const)("team %j for a viewer in %j lists %s", (team, myTeamIds, shown, scope) => {
    const params = { kind: "" as const, team, status: "OPEN" as const, page: 1 };
    expect(resolveFindingsTeam(params, myTeamIds)).toEqual({ params: { ...params, team: shown }, scope });
  });
});
