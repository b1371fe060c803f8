import { describe, expect, it } from "vitest";
import { createActionItemSchema, setActionItemStatusSchema, updateActionItemSchema } from "./schema";

describe("createActionItemSchema", () => {
  it("reads a one-click form: owner missing (the creator), no date, no estimate", () => {
    expect(createActionItemSchema.parse({ teamId: "t1", title: "  Fix it  ", signalId: "s1" })).toEqual({
      teamId: "t1",
      title: "Fix it",
      description: "",
      dueDate: null,
      estimateDays: null,
      entityId: null,
      checklistItemId: null,
      signalId: "s1",
      reviewId: null,
    });
  });
  it.each([
    [{ ownerId: "" }, { ownerId: null }],
    [{ ownerId: "u1" }, { ownerId: "u1" }],
    [{ estimateDays: "2,5" }, { estimateDays: 2.5 }],
    [{ estimateDays: 4 }, { estimateDays: 4 }],
    [{ estimateDays: "" }, { estimateDays: null }],
    [{ dueDate: "2026-12-31" }, { dueDate: "2026-12-31" }],
    [{ dueDate: "" }, { dueDate: null }],
  ])("%j", (extra, expected) => {
    expect(createActionItemSchema.parse({ teamId: "t1", title: "Fix it", ...extra })).toMatchObject(expected);
  });
  it.each([
    ["a negative estimate", { estimateDays: "-1" }, "estimateDays"],
    ["a word for an estimate", { estimateDays: "lots" }, "estimateDays"],
    ["an impossible date", { dueDate: "2026-02-30" }, "dueDate"],
    ["a date in another format", { dueDate: "31/12/2026" }, "dueDate"],
    ["a short title", { title: "x" }, "title"],
  ])("refuses %s", (_name, extra, field) => {
    const result = createActionItemSchema.safeParse({ teamId: "t1", title: "Fix it", ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });
});

describe("update and status schemas", () => {
  it("need a version", () => {
    expect(updateActionItemSchema.safeParse({ id: "a", title: "Fix it" }).success).toBe(false);
    expect(setActionItemStatusSchema.parse({ id: "a", version: "3", status: "DONE" })).toEqual({
      id: "a",
      version: 3,
      status: "DONE",
      reason: "",
    });
  });
});
