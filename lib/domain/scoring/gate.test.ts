import { describe, expect, test } from "vitest";
import { failingSince, gateReason, gateStatus, resolveTarget, summarizeGates, type TargetVersion } from "./gate";
import type { Rating } from "./score";

const d = (day: number) => new Date(Date.UTC(2026, 0, day));
const target = (
  lifecycle: TargetVersion["lifecycle"],
  rating: Rating | null,
  from: number,
  to: number | null = null,
  teamId: string | null = null,
): TargetVersion => ({ lifecycle, teamId, rating, createdAt: d(from), retiredAt: to === null ? null : d(to) });

describe("gateStatus at the band edges", () => {
  test.each<[Rating | null, Rating | null, string]>([
    ["A", "B", "PASS"],
    ["B", "B", "PASS"],
    ["C", "B", "FAIL"],
    ["E", "D", "FAIL"],
    ["D", "D", "PASS"],
    [null, "D", "FAIL"],
    ["E", null, "NONE"],
    [null, null, "NONE"],
  ])("rated %s against %s: %s", (rating, t, status) => expect(gateStatus(rating, t)).toBe(status));
});

describe("resolveTarget", () => {
  const versions = [
    target("PRODUCTION", "C", 1, 10),
    target("PRODUCTION", "B", 10),
    target("EXPERIMENTAL", "D", 1),
    target("PRODUCTION", "A", 5, null, "team-x"),
    target("EXPERIMENTAL", null, 5, null, "team-x"),
  ];
  test.each<[string, TargetVersion["lifecycle"], string | null, number, Rating | null, string]>([
    ["org target before its change", "PRODUCTION", "team-y", 9, "C", "organisation"],
    ["org target after its change (the change day counts)", "PRODUCTION", "team-y", 10, "B", "organisation"],
    ["team override wins", "PRODUCTION", "team-x", 6, "A", "team"],
    ["before the override existed", "PRODUCTION", "team-x", 4, "C", "organisation"],
    ["an override of 'no gate'", "EXPERIMENTAL", "team-x", 6, null, "team"],
    ["orphans take the organisation's", "EXPERIMENTAL", null, 6, "D", "organisation"],
    ["nothing set for deprecated", "DEPRECATED", "team-y", 6, null, "none"],
  ])("%s", (_n, lifecycle, teamId, day, rating, source) =>
    expect(resolveTarget(versions, lifecycle, teamId, d(day))).toEqual({ rating, source }),
  );
});

describe("failingSince", () => {
  const base = { createdAt: d(1), lifecycle: "PRODUCTION" as const, teamId: "t", now: d(30) };
  test.each<[string, { at: number; rating: Rating | null }[], TargetVersion[], number | null]>([
    ["passes now", [{ at: 2, rating: "B" }], [target("PRODUCTION", "B", 1)], null],
    [
      "failing since the submission that dropped it",
      [
        { at: 2, rating: "B" },
        { at: 8, rating: "C" },
      ],
      [target("PRODUCTION", "B", 1)],
      8,
    ],
    [
      "consecutive failures are one run, from creation (not assessed fails too)",
      [
        { at: 2, rating: "D" },
        { at: 8, rating: "C" },
      ],
      [target("PRODUCTION", "B", 1)],
      1,
    ],
    [
      "a tightened target starts the failure",
      [{ at: 2, rating: "C" }],
      [target("PRODUCTION", "C", 1, 12), target("PRODUCTION", "B", 12)],
      12,
    ],
    ["never assessed: failing since the gate appeared", [], [target("PRODUCTION", "B", 5)], 5],
    ["never assessed, gate older than the entity: since its creation", [], [target("PRODUCTION", "B", 0)], 1],
    [
      "fixed, then failing again: the latest run",
      [
        { at: 2, rating: "D" },
        { at: 5, rating: "A" },
        { at: 9, rating: "E" },
      ],
      [target("PRODUCTION", "B", 1)],
      9,
    ],
    ["no gate", [{ at: 2, rating: "E" }], [], null],
    [
      "gate removed",
      [{ at: 2, rating: "E" }],
      [target("PRODUCTION", "B", 1, 20), target("PRODUCTION", null, 20)],
      null,
    ],
  ])("%s", (_n, subs, targets, since) => {
    const got = failingSince({ ...base, submissions: subs.map((s) => ({ at: d(s.at), rating: s.rating })), targets });
    expect(got).toEqual(since === null ? null : d(since));
  });
});

test("gateReason says what failed and against which target", () => {
  expect(gateReason("C", { rating: "B", source: "organisation" }, "PRODUCTION")).toBe(
    "Rated C, worse than B, the organisation's target for production entities.",
  );
  expect(gateReason(null, { rating: "D", source: "team" }, "EXPERIMENTAL")).toBe(
    "Not assessed: the team's target for experimental entities is D or better.",
  );
  expect(gateReason("A", { rating: null, source: "none" }, "RETIRED")).toBe("No target is set for retired entities.");
});

test("summarizeGates: a scope passes only when none of its gated entities fails", () => {
  expect(summarizeGates([])).toEqual({ gated: 0, failing: 0, failingSince: null, status: "NONE" });
  expect(summarizeGates([{ status: "NONE", since: null }])).toMatchObject({ gated: 0, status: "NONE" });
  expect(
    summarizeGates([
      { status: "PASS", since: null },
      { status: "FAIL", since: d(9) },
      { status: "FAIL", since: d(3) },
      { status: "NONE", since: null },
    ]),
  ).toEqual({ gated: 3, failing: 2, failingSince: d(3), status: "FAIL" });
  expect(summarizeGates([{ status: "PASS", since: null }])).toMatchObject({ status: "PASS", failing: 0 });
});
