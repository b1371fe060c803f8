import { describe, expect, it } from "vitest";
import { actionItemCsvLine, actionItemsCsv, ACTION_ITEM_CSV_HEADER, type ActionItemCsvRow } from "./csv";

const base: ActionItemCsvRow = {
  id: "ai1",
  title: "Version the snapshot",
  description: "",
  status: "OPEN",
  wontDoReason: null,
  team: { slug: "team-fraud" },
  owner: { name: "Ada Lovelace", email: "ada@example.test" },
  dueDate: new Date("2026-12-31T00:00:00Z"),
  estimateDays: 2.5,
  entity: { kind: "DATA_SOURCE", name: "fraud.blocked_accounts" },
  checklistItemKey: "data-versioned",
  signalId: null,
  review: null,
  createdAt: new Date("2026-11-01T10:00:00Z"),
  completedAt: null,
  verification: null,
};

/** Splits one RFC 4180 line (no embedded newlines in these cases) into its cells. */
const cells = (line: string) => line.replace(/\r\n$/, "");

describe("action items CSV", () => {
  it("starts with the header and ends every line with CRLF", () => {
    const text = actionItemsCsv([base]);
    expect(text.split("\r\n")[0]).toBe(ACTION_ITEM_CSV_HEADER.join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(3);
  });

  it("renders a plain row", () => {
    expect(cells(actionItemCsvLine(base))).toBe(
      "ai1,Version the snapshot,Open,team-fraud,Ada Lovelace,ada@example.test,2026-12-31,2.5,data_source:fraud.blocked_accounts,data-versioned,,,,,2026-11-01T10:00:00.000Z,,",
    );
  });

  it.each([
    ["a comma", "Fix a, b", '"Fix a, b"'],
    ["quotes", 'Say "no"', '"Say ""no"""'],
    ["a newline", "line one\nline two", '"line one\nline two"'],
    ["a CRLF", "one\r\ntwo", '"one\r\ntwo"'],
    ["= (formula)", '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+ (formula)", "+1+2", "'+1+2"],
    ["- (formula)", "-2+3", "'-2+3"],
    ["@ (formula)", "@SUM(A1)", "'@SUM(A1)"],
    ["a tab first", "\tcmd", "'\tcmd"],
    ["a dash inside", "re-assess", "re-assess"],
  ])("escapes a title with %s", (_name, title, expected) => {
    const line = actionItemCsvLine({ ...base, title });
    expect(line.startsWith(`ai1,${expected},Open,`)).toBe(true);
  });

  it("neutralises formulas in every free-text column", () => {
    const line = actionItemCsvLine({
      ...base,
      description: "=1+1",
      wontDoReason: "@me",
      status: "WONT_DO",
      owner: { name: "-Bob", email: "b@x" },
    });
    expect(line).toContain(",'-Bob,");
    expect(line).toContain(",'@me,");
    expect(line).toContain(",'=1+1\r\n");
  });

  it("says awaiting re-assessment in words", () => {
    expect(actionItemCsvLine({ ...base, status: "DONE", verification: "awaiting-reassessment" })).toContain(
      ",awaiting re-assessment,",
    );
  });
});
