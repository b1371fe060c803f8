import { describe, expect, it } from "vitest";
import { findUnstorable, textProblem, urlProblem } from "./storable";

describe("textProblem", () => {
  it.each([
    ["plain", null],
    ["émoji 🧨 ＦＵＬＬ", null],
    ["a\u0000b", /NUL/],
    ["lone \ud800", /surrogate/],
    ["back \udfff", /surrogate/],
  ])("%j → %s", (value, expected) => {
    const problem = textProblem(value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe("findUnstorable", () => {
  it.each([
    [{ title: "ok", tags: ["a"] }, null],
    [{ title: "a\u0000" }, { path: "title", problem: expect.stringMatching(/NUL/) }],
    [{ links: [{ url: "x\ud800" }] }, { path: "links.0.url", problem: expect.stringMatching(/surrogate/) }],
    [{ "k\u0000": 1 }, { path: "", problem: expect.stringMatching(/key/) }],
    ["\u0000", { path: "", problem: expect.stringMatching(/NUL/) }],
  ])("%j → %j", (value, expected) => {
    expect(findUnstorable(value)).toEqual(expected);
  });

  it("refuses deep nesting without recursing", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findUnstorable(deep)?.problem).toMatch(/nested more than 64/);
  });
});

describe("urlProblem", () => {
  it.each([
    ["/catalog/models/ranker?q=a+b", null],
    ["/catalog/models/caf%C3%A9", null],
    ["/api/v1/entities/models/%00x", /The path contains a NUL/],
    ["/api/v1/entities/models/%FF%FE", /The path is not valid UTF-8/],
    ["/api/v1/entities?q=a%00b", /The query string contains a NUL/],
    ["/api/v1/entities?q=%FF", /The query string is not valid UTF-8/],
    ["/x?q=%ED%A0%80", /not valid UTF-8/],
    ["http://localhost:3000/teams?x=%00", /query string contains a NUL/],
  ])("%s → %s", (url, expected) => {
    const problem = urlProblem(url);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
