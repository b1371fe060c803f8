import { describe, expect, it } from "vitest";
import type { AgendaSection } from "./agenda";
import { chunk, paginateSection, partTitle } from "./slides";

describe("chunk", () => {
  it.each([
    [[], 4, [[]]],
    [[1, 2, 3], 4, [[1, 2, 3]]],
    [[1, 2, 3, 4], 4, [[1, 2, 3, 4]]],
    [[1, 2, 3, 4, 5], 4, [[1, 2, 3, 4], [5]]],
    [[1, 2, 3], 1, [[1], [2], [3]]],
    [[1, 2], 0, [[1], [2]]],
  ] as const)("%j by %i → %j", (rows, size, expected) => expect(chunk(rows, size)).toEqual(expected));
});

const point = { debtWeight: 1, totalWeight: 10, ratio: 0.1, rating: "B" as const, principalDays: 3 };
const change = (key: string, group: "total" | "category" | "entity") => ({
  key,
  label: key,
  group,
  before: point,
  after: point,
});
const stale = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    entity: { id: `e${i}`, name: `e${i}`, kind: "MODEL" as const, team: "Ranking", teamId: "t" },
    lastSubmittedAt: null,
  }));

describe("paginateSection", () => {
  it("keeps the summary on one slide", () => {
    const summary = {
      key: "summary",
      total: change("total", "total"),
      counts: { scoreChanges: 0, newFindings: 0, resolvedFindings: 0, worse: 0, stale: 0, overdue: 0, done: 0 },
    } as unknown as AgendaSection;
    expect(paginateSection(summary, 4)).toEqual([{ content: summary, part: 1, parts: 1 }]);
  });

  it.each([
    [0, 1, [0]],
    [4, 1, [4]],
    [5, 2, [4, 1]],
    [9, 3, [4, 4, 1]],
  ])("%i stale rows → %i slides of %j rows, the total carried on each", (n, slides, sizes) => {
    const section = { key: "stale", rows: stale(n), total: n } as unknown as AgendaSection;
    const pages = paginateSection(section, 4);
    expect(pages).toHaveLength(slides);
    expect(pages.map((p) => (p.content.key === "stale" ? p.content.rows.length : -1))).toEqual(sizes);
    expect(pages.every((p) => p.content.key === "stale" && p.content.total === n && p.parts === slides)).toBe(true);
    expect(pages.map((p) => p.part)).toEqual(sizes.map((_, i) => i + 1));
  });

  it("repeats the score table's total line on every part", () => {
    const rows = [change("total", "total"), ...["a", "b", "c", "d", "e"].map((k) => change(k, "category"))];
    const pages = paginateSection({ key: "scores", rows } as unknown as AgendaSection, 4);
    const keys = pages.map((p) => (p.content.key === "scores" ? p.content.rows.map((r) => r.key) : []));
    expect(keys).toEqual([
      ["total", "a", "b", "c"],
      ["total", "d", "e"],
    ]);
  });

  it("pages overdue and done side by side", () => {
    const item = (id: string) => ({
      id,
      title: id,
      owner: null,
      entity: null,
      status: "OPEN",
      dueDate: null,
      completedAt: null,
    });
    const section = {
      key: "action-items",
      overdue: ["o1", "o2", "o3", "o4", "o5", "o6"].map(item),
      done: ["d1"].map(item),
    } as unknown as AgendaSection;
    const pages = paginateSection(section, 4);
    expect(
      pages.map((p) =>
        p.content.key === "action-items" ? [p.content.overdue.map((a) => a.id), p.content.done.map((a) => a.id)] : [],
      ),
    ).toEqual([
      [["o1", "o2", "o3", "o4"], ["d1"]],
      [["o5", "o6"], []],
    ]);
  });
});

describe("partTitle", () => {
  it.each([
    ["New findings", 1, 1, "New findings"],
    ["New findings", 2, 3, "New findings (2 of 3)"],
  ])("%s part %i of %i → %s", (title, part, count, expected) =>
    expect(partTitle(title, { part, parts: count })).toBe(expected),
  );
});
