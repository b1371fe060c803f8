import { describe, expect, it } from "vitest";
import { applyStatusChange, isOverdue, verificationOf, type StatusFields } from "./status";

const now = new Date("2026-11-26T12:00:00Z");
const earlier = new Date("2026-11-01T09:00:00Z");
const open: StatusFields = { status: "OPEN", wontDoReason: null, completedAt: null };
const done: StatusFields = { status: "DONE", wontDoReason: null, completedAt: earlier };
const wont: StatusFields = { status: "WONT_DO", wontDoReason: "Retired next quarter.", completedAt: null };

describe("applyStatusChange", () => {
  it.each([
    [
      "open → in progress",
      open,
      "IN_PROGRESS",
      "",
      { status: "IN_PROGRESS", wontDoReason: null, completedAt: null },
      true,
    ],
    [
      "open → done stamps completedAt",
      open,
      "DONE",
      "",
      { status: "DONE", wontDoReason: null, completedAt: now },
      true,
    ],
    ["done → done keeps the first completedAt", done, "DONE", "", done, false],
    ["done → open (reopen) clears completedAt", done, "OPEN", "", open, true],
    [
      "done → in progress clears completedAt",
      done,
      "IN_PROGRESS",
      "",
      { status: "IN_PROGRESS", wontDoReason: null, completedAt: null },
      true,
    ],
    ["open → won't do keeps the trimmed reason", open, "WONT_DO", "  Retired next quarter.  ", wont, true],
    [
      "won't do → won't do with a new reason",
      wont,
      "WONT_DO",
      "Another reason entirely.",
      { ...wont, wontDoReason: "Another reason entirely." },
      true,
    ],
    ["won't do → open clears the reason", wont, "OPEN", "ignored", open, true],
    [
      "done → won't do clears completedAt",
      done,
      "WONT_DO",
      "Not needed any more.",
      { status: "WONT_DO", wontDoReason: "Not needed any more.", completedAt: null },
      true,
    ],
    ["open → open changes nothing", open, "OPEN", "", open, false],
  ] as const)("%s", (_name, current, status, reason, next, changed) => {
    expect(applyStatusChange(current, status, reason, now)).toEqual({ ok: true, changed, next });
  });

  it.each([
    ["no reason", ""],
    ["blank reason", "    "],
    ["too short", "meh"],
  ])("won't do refuses %s", (_name, reason) => {
    expect(applyStatusChange(open, "WONT_DO", reason, now)).toMatchObject({ ok: false, field: "reason" });
  });
});

describe("isOverdue", () => {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    ["due yesterday, open", "OPEN", day("2026-11-25"), true],
    ["due today, open", "OPEN", day("2026-11-26"), false],
    ["due yesterday, in progress", "IN_PROGRESS", day("2026-11-25"), true],
    ["due yesterday, done", "DONE", day("2026-11-25"), false],
    ["due yesterday, won't do", "WONT_DO", day("2026-11-25"), false],
    ["no due date", "OPEN", null, false],
  ] as const)("%s → %s", (_name, status, dueDate, expected) => {
    expect(isOverdue({ status, dueDate }, now)).toBe(expected);
  });
});

describe("verificationOf", () => {
  const linked = { entityId: "e", checklistItemId: "c" };
  it.each([
    ["done, latest answer PASS", "DONE", linked, "PASS", "verified"],
    ["done, latest answer NA", "DONE", linked, "NA", "verified"],
    ["done, still FAIL", "DONE", linked, "FAIL", "awaiting-reassessment"],
    ["done, PARTIAL", "DONE", linked, "PARTIAL", "awaiting-reassessment"],
    ["done, never answered", "DONE", linked, null, "awaiting-reassessment"],
    ["open, PASS", "OPEN", linked, "PASS", null],
    ["done, no checklist link", "DONE", { entityId: "e", checklistItemId: null }, "PASS", null],
    ["done, no entity", "DONE", { entityId: null, checklistItemId: "c" }, null, null],
  ] as const)("%s → %s", (_name, status, links, answer, expected) => {
    expect(verificationOf({ status, ...links }, answer)).toBe(expected);
  });
});
