import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    [null, "/"],
    ["", "/"],
    ["/", "/"],
    ["/catalog?kind=model", "/catalog?kind=model"],
    ["/teams/ranking#members", "/teams/ranking#members"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in?next=/x", "/"],
    ["/api/auth/sign-out", "/"],
    ["/ok\nLocation: x", "/"],
    ["relative/path", "/"],
    // Paths that only become protocol-relative ("//host") once dot segments and backslashes are resolved.
    ["/.//evil.example/x", "/"],
    ["/..//evil.example/x", "/"],
    ["/%2e//evil.example/x", "/"],
    ["/%2E%2E//evil.example/x", "/"],
    ["/.\\/evil.example/x", "/"],
    ["/./\\evil.example", "/"],
    ["/a/..//evil.example", "/"],
    ["/x/../catalog", "/catalog"],
    ["/./catalog", "/catalog"],
  ])("%j → %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });
});
