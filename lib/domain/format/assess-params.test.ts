import { describe, expect, it } from "vitest";
import { parseAssessParams } from "./assess-params";

describe("parseAssessParams", () => {
  it.each([
    [{}, { draft: null, submitted: null, history: false }],
    [
      { draft: "cm0abc123", submitted: "12" },
      { draft: "cm0abc123", submitted: 12, history: false },
    ],
    [
      { draft: ["cmfirst", "cmsecond"], submitted: ["3", "4"] },
      { draft: "cmfirst", submitted: 3, history: false },
    ],
    [
      { draft: "../etc", submitted: "-1" },
      { draft: null, submitted: null, history: false },
    ],
    [
      { draft: "", submitted: "1.5" },
      { draft: null, submitted: null, history: false },
    ],
    [{ submitted: "abc" }, { draft: null, submitted: null, history: false }],
    [{ history: "all" }, { draft: null, submitted: null, history: true }],
    [{ history: ["all", "none"] }, { draft: null, submitted: null, history: true }],
    [{ history: "ALL" }, { draft: null, submitted: null, history: false }],
    [{ history: "5" }, { draft: null, submitted: null, history: false }],
  ])("%j → %j", (raw, expected) => expect(parseAssessParams(raw)).toEqual(expected));
});
