import { describe, expect, it } from "vitest";
import { buildAgenda, scoreChanges, sectionSize, worseAnswers, SECTION_KEYS } from "./agenda";
import type { EntityRef, FailingAnswer, FindingEntry, ReviewState, ScoreLine } from "./state";

const entity = (id: string): EntityRef => ({ id, kind: "MODEL", name: id, teamId: "t1", team: "Ranking" });
const line = (
  key: string,
  group: ScoreLine["group"],
  debtWeight: number,
  totalWeight: number,
  principalDays: number,
): ScoreLine => ({ key, label: key, group, debtWeight, totalWeight, principalDays });
const fail = (e: string, item: string, value: FailingAnswer["value"]): FailingAnswer => ({
  entity: entity(e),
  itemId: `${item}-v1`,
  itemKey: item,
  question: `${item}?`,
  category: "c",
  value,
  remediationDays: 2,
});
const finding = (id: string): FindingEntry => ({
  id,
  kind: "FEEDBACK_LOOP",
  title: id,
  teamId: "t1",
  accepted: false,
  entity: entity("m"),
});
const state = (over: Partial<ReviewState> = {}): ReviewState => ({
  at: "2026-11-26T00:00:00.000Z",
  staleAfterDays: 90,
  scores: [],
  failing: [],
  stale: [],
  findings: [],
  hotspots: [],
  overdue: [],
  done: [],
  ...over,
});

describe("scoreChanges", () => {
  it.each([
    ["rating moves", [line("team:a", "team", 1, 10, 5)], [line("team:a", "team", 3, 10, 5)], ["team:a"]],
    [
      "principal moves, rating stays",
      [line("team:a", "team", 1, 10, 5)],
      [line("team:a", "team", 1, 10, 6)],
      ["team:a"],
    ],
    ["nothing moves", [line("team:a", "team", 1, 10, 5)], [line("team:a", "team", 1, 10, 5)], []],
    [
      "ratio moves within its rating: not a change",
      [line("category:x", "category", 11, 100, 5)],
      [line("category:x", "category", 19, 100, 5)],
      [],
    ],
    ["appears", [], [line("category:x", "category", 1, 2, 1)], ["category:x"]],
    ["disappears", [line("category:x", "category", 1, 2, 1)], [], ["category:x"]],
    [
      "the total always leads, changed or not",
      [line("total", "total", 1, 10, 5), line("team:b", "team", 0, 1, 0)],
      [line("total", "total", 1, 10, 5), line("team:b", "team", 1, 1, 1)],
      ["total", "team:b"],
    ],
  ])("%s", (_name, before, after, keys) => {
    expect(scoreChanges(before, after).map((r) => r.key)).toEqual(keys);
  });

  it("orders total, teams, categories, then by label", () => {
    const after = [
      line("category:a", "category", 1, 1, 1),
      line("team:z", "team", 1, 1, 1),
      line("team:b", "team", 1, 1, 1),
      line("total", "total", 1, 1, 1),
    ];
    expect(scoreChanges([], after).map((r) => r.key)).toEqual(["total", "team:b", "team:z", "category:a"]);
  });
});

describe("worseAnswers", () => {
  it.each([
    ["newly failing", [], [fail("m", "i", "FAIL")], [["i", null]]],
    ["newly partial", [], [fail("m", "i", "PARTIAL")], [["i", null]]],
    ["partial → fail", [fail("m", "i", "PARTIAL")], [fail("m", "i", "FAIL")], [["i", "PARTIAL"]]],
    ["fail → partial is better", [fail("m", "i", "FAIL")], [fail("m", "i", "PARTIAL")], []],
    ["unchanged", [fail("m", "i", "FAIL")], [fail("m", "i", "FAIL")], []],
    ["fixed", [fail("m", "i", "FAIL")], [], []],
    [
      "same item on another entity is separate",
      [fail("m", "i", "FAIL")],
      [fail("m", "i", "FAIL"), fail("n", "i", "FAIL")],
      [["i", null]],
    ],
  ] as const)("%s", (_name, before, after, expected) => {
    expect(worseAnswers(before, after).map((w) => [w.itemKey, w.before])).toEqual(expected);
  });
});

describe("buildAgenda", () => {
  const before = state({
    scores: [line("total", "total", 1, 10, 4)],
    findings: [finding("f1"), finding("f2")],
    stale: [{ entity: entity("old"), lastSubmittedAt: null }],
    hotspots: [{ entity: entity("h1"), ratio: 0.5, score: 1, principalDays: 3 }],
  });
  const after = state({
    scores: [line("total", "total", 3, 10, 9), line("team:t1", "team", 3, 10, 9)],
    findings: [finding("f2"), finding("f3")],
    failing: [fail("m", "i", "FAIL")],
    stale: [
      { entity: entity("old"), lastSubmittedAt: null },
      { entity: entity("new"), lastSubmittedAt: "2026-01-01T00:00:00.000Z" },
    ],
    hotspots: [
      { entity: entity("h1"), ratio: 0.5, score: 1, principalDays: 3 },
      { entity: entity("h2"), ratio: 0.4, score: 0.8, principalDays: 2 },
    ],
    overdue: [
      {
        id: "a1",
        title: "Late",
        status: "OPEN",
        dueDate: "2026-11-01",
        completedAt: null,
        owner: null,
        teamId: "t1",
        entity: null,
      },
    ],
  });
  const agenda = buildAgenda(before, after);
  const get = <K extends (typeof SECTION_KEYS)[number]>(key: K) =>
    agenda.find((s) => s.key === key) as Extract<(typeof agenda)[number], { key: K }>;

  it("has every section, in order", () => expect(agenda.map((s) => s.key)).toEqual([...SECTION_KEYS]));
  it("lists new and resolved findings", () => {
    expect(get("new-findings").rows.map((f) => f.id)).toEqual(["f3"]);
    expect(get("resolved-findings").rows.map((f) => f.id)).toEqual(["f1"]);
  });
  it("lists only newly stale entities, and counts all", () => {
    expect(get("stale").rows.map((s) => s.entity.id)).toEqual(["new"]);
    expect(get("stale").total).toBe(2);
  });
  it("marks hotspots new to the list", () =>
    expect(get("hotspots").rows.map((h) => [h.entity.id, h.isNew])).toEqual([
      ["h1", false],
      ["h2", true],
    ]));
  it("summarises the counts", () =>
    expect(get("summary").counts).toEqual({
      scoreChanges: 1,
      newFindings: 1,
      resolvedFindings: 1,
      worse: 1,
      stale: 1,
      overdue: 1,
      done: 0,
    }));
  it("moves the total", () => {
    const total = get("summary").total;
    expect([total.before?.rating, total.after?.rating, total.after?.principalDays]).toEqual(["B", "D", 9]);
  });
  it("sizes sections by their rows", () => expect(agenda.map(sectionSize)).toEqual([1, 1, 1, 1, 1, 1, 2, 1]));

  it("with no baseline, everything is new but no hotspot is flagged", () => {
    const first = buildAgenda(null, after);
    const hot = first.find((s) => s.key === "hotspots");
    expect(hot?.key === "hotspots" && hot.rows.every((h) => !h.isNew)).toBe(true);
    const nf = first.find((s) => s.key === "new-findings");
    expect(nf?.key === "new-findings" && nf.rows.map((f) => f.id)).toEqual(["f2", "f3"]);
  });
});
