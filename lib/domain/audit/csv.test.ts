import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csvCell", () => {
  it.each<[unknown, string]>([
    ["plain", "plain"],
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [new Date("2026-11-26T10:00:00Z"), "2026-11-26T10:00:00.000Z"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [{ orgRole: "ADMIN" }, '"{""orgRole"":""ADMIN""}"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

it("joins a line with CRLF", () => {
  expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
});
