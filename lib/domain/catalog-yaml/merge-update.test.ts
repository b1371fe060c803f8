import { describe, expect, it } from "vitest";
import { mergeUpdate } from "./merge-update";

const stored = {
  title: "A",
  description: "D",
  tags: ["x", "y"],
  team: "t",
  model: { task: "rank", framework: "torch" },
};

describe("mergeUpdate", () => {
  it.each([
    ["an empty patch keeps everything", {}, stored],
    ["a scalar replaces", { title: "B" }, { ...stored, title: "B" }],
    ["an explicit empty string erases", { description: "" }, { ...stored, description: "" }],
    ["an explicit null is kept (e.g. orphaning)", { team: null }, { ...stored, team: null }],
    ["an array replaces whole", { tags: ["z"] }, { ...stored, tags: ["z"] }],
    [
      "a nested block merges one level",
      { model: { task: "score" } },
      { ...stored, model: { task: "score", framework: "torch" } },
    ],
    ["a new key is added", { version: 3 }, { ...stored, version: 3 }],
    ["an object over an array replaces", { tags: { a: 1 } }, { ...stored, tags: { a: 1 } }],
  ])("%s", (_name, patch, expected) => {
    expect(mergeUpdate(stored, patch)).toEqual(expected);
  });
});
