import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

describe("shortcutFor", () => {
  it.each([
    ["1", {}, { type: "answer", value: "PASS" }],
    ["2", {}, { type: "answer", value: "PARTIAL" }],
    ["3", {}, { type: "answer", value: "FAIL" }],
    ["4", {}, { type: "answer", value: "NA" }],
    ["5", {}, null],
    ["j", {}, { type: "move", by: 1 }],
    ["k", {}, { type: "move", by: -1 }],
    ["c", {}, { type: "clear" }],
    ["n", {}, { type: "next-unanswered" }],
    ["n", { inTextField: true }, null],
    ["J", {}, null],
    ["1", { inTextField: true }, null],
    ["j", { inTextField: true }, null],
    ["1", { ctrlKey: true }, null],
    ["k", { metaKey: true }, null],
    ["3", { altKey: true }, null],
  ] as const)("%s %j → %j", (key, mods, expected) => {
    expect(shortcutFor({ key, inTextField: false, ...mods })).toEqual(expected);
  });
});
