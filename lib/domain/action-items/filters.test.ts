import { describe, expect, it } from "vitest";
import { actionItemsExportHref, actionItemsHref, parseActionItemFilters, statusesOf } from "./filters";

describe("parseActionItemFilters", () => {
  it.each([
    [{}, { team: "", owner: "", status: "active", overdue: false, page: 1 }],
    [
      { team: "team-fraud", owner: "me", status: "wont-do", overdue: "1", page: "3" },
      { team: "team-fraud", owner: "me", status: "wont-do", overdue: true, page: 3 },
    ],
    [
      { status: "DONE", overdue: "true" },
      { team: "", owner: "", status: "done", overdue: true, page: 1 },
    ],
    [
      { status: "bogus", page: "-2", overdue: "no" },
      { team: "", owner: "", status: "active", overdue: false, page: 1 },
    ],
    [
      { team: ["a", "b"], page: "x" },
      { team: "a", owner: "", status: "active", overdue: false, page: 1 },
    ],
  ])("%j", (raw, expected) => {
    expect(parseActionItemFilters(raw)).toEqual(expected);
  });

  it("reads URLSearchParams too", () => {
    expect(parseActionItemFilters(new URLSearchParams("owner=none&status=all"))).toMatchObject({
      owner: "none",
      status: "all",
    });
  });
});

describe("hrefs", () => {
  it("round-trips, leaving defaults out", () => {
    const f = { team: "team-ranking", owner: "", status: "done" as const, overdue: false, page: 2 };
    expect(actionItemsHref(f)).toBe("/action-items?team=team-ranking&status=done&page=2");
    expect(parseActionItemFilters(new URLSearchParams(actionItemsHref(f).split("?")[1]))).toEqual(f);
    expect(actionItemsHref({})).toBe("/action-items");
  });
  it("exports every page", () => {
    expect(actionItemsExportHref({ team: "t", page: 4, overdue: true })).toBe("/action-items/export?team=t&overdue=1");
  });
});

describe("statusesOf", () => {
  it.each([
    ["active", ["OPEN", "IN_PROGRESS"]],
    ["wont-do", ["WONT_DO"]],
    ["all", ["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"]],
  ] as const)("%s", (filter, expected) => {
    expect(statusesOf(filter)).toEqual(expected);
  });
});
