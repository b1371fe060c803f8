import { describe, expect, it } from "vitest";
import { parseAssessParams } from "./assess-params";

describe("parseAssessParams", () => {
  it.each([
    [{}, { draft: null, submitted: null }],
    [
      { draft: "cm0abc123", submitted: "12" },
      { draft: "cm0abc123", submitted: 12 },
    ],
    [
      { draft: ["cmfirst", "cmsecond"], submitted: ["3", "4"] },
      { draft: "cmfirst", submitted: 3 },
    ],
    [
      { draft: "../etc", submitted: "-1" },
      { draft: null, submitted: null },
    ],
    [
      { draft: "", submitted: "1.5" },
      { draft: null, submitted: null },
    ],
    [{ submitted: "abc" }, { draft: null, submitted: null }],
  ])("%j → %j", (raw, expected) => expect(parseAssessParams(raw)).toEqual(expected));
});
