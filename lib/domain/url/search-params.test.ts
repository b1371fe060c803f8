import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  choiceParam,
  firstParam,
  flagParam,
  optionalParam,
  pageParam,
  parseSearchParams,
  patternParam,
  textParam,
  type RawSearchParams,
} from "./search-params";

const schema = z.object({
  q: textParam(5),
  page: pageParam(100),
  status: choiceParam(["open", "done"], "open"),
  team: patternParam(/^[a-z-]+$/),
  day: optionalParam(z.string().regex(/^\d{4}-\d\d-\d\d$/)),
  overdue: flagParam(),
  tags: z.array(z.string()).catch([]),
});
type Parsed = z.output<typeof schema>;
const DEFAULTS: Parsed = { q: "", page: 1, status: "open", team: "", day: undefined, overdue: false, tags: [] };

describe("parseSearchParams", () => {
  it.each<[string, RawSearchParams, Partial<Parsed>]>([
    ["nothing: every default", {}, {}],
    [
      "every field",
      { q: "ab", page: "3", status: "done", team: "team-ads", day: "2026-01-02", overdue: "1", tags: ["x", "y"] },
      { q: "ab", page: 3, status: "done", team: "team-ads", day: "2026-01-02", overdue: true, tags: ["x", "y"] },
    ],
    ["values are trimmed", { q: "  ab  ", page: " 2 ", status: " done " }, { q: "ab", page: 2, status: "done" }],
    ["blank is absent", { q: "   ", page: "", day: "" }, {}],
    [
      "a repeated key counts once: its first value",
      { page: ["4", "5"], status: ["done", "open"] },
      { page: 4, status: "done" },
    ],
    ["an array field takes every value, blanks dropped", { tags: ["a", " ", "b"] }, { tags: ["a", "b"] }],
    ["a single value of an array field is a list of one", { tags: "a" }, { tags: ["a"] }],
    ["text is cut to its length", { q: "abcdefgh" }, { q: "abcde" }],
    ["a page below 1, past the last, fractional or not a number is page 1", { page: "0" }, {}],
    ["negative page", { page: "-3" }, {}],
    ["page past the maximum", { page: "101" }, {}],
    ["fractional page", { page: "2.5" }, {}],
    ["page that is not a number", { page: "abc" }, {}],
    ["a choice matches case-insensitively", { status: "DONE" }, { status: "done" }],
    ["an unknown choice is the fallback", { status: "archived" }, {}],
    ["a value not matching its pattern is dropped", { team: "Team Ads!" }, {}],
    ["an optional field that does not fit is undefined", { day: "yesterday" }, {}],
    ["flags: true, yes, 1 in any case", { overdue: "YES" }, { overdue: true }],
    ["flags: anything else is false", { overdue: "on" }, {}],
    ["unknown keys are ignored", { other: "x" }, {}],
  ])("%s", (_name, raw, want) => {
    expect(parseSearchParams(schema, raw)).toEqual({ ...DEFAULTS, ...want });
  });

  it("reads URLSearchParams the same way as Next's searchParams object", () => {
    const url = new URLSearchParams("q=ab&page=2&page=9&tags=a&tags=b&status=DONE");
    expect(parseSearchParams(schema, url)).toEqual({
      ...DEFAULTS,
      q: "ab",
      page: 2,
      status: "done",
      tags: ["a", "b"],
    });
  });
});

describe("firstParam", () => {
  it.each<[RawSearchParams, string | undefined]>([
    [{}, undefined],
    [{ k: "v" }, "v"],
    [{ k: " v " }, "v"],
    [{ k: " " }, undefined],
    [{ k: ["a", "b"] }, "a"],
    [{ k: [] }, undefined],
    [new URLSearchParams("k=a&k=b"), "a"],
    [new URLSearchParams("other=a"), undefined],
  ])("%j → %j", (raw, want) => expect(firstParam(raw, "k")).toBe(want));
});
