import { describe, expect, it } from "vitest";
import { displayPrefix, isWellFormedToken, parseBearer } from "./api-token";

const good = `dbt_${"A".repeat(40)}b-_`;

describe("parseBearer", () => {
  it.each([
    [null, null],
    ["", null],
    ["Basic dXNlcjpwYXNz", null],
    ["Bearer", null],
    ["Bearer ", null],
    [`Bearer ${good}`, good],
    [`bearer ${good}`, good],
    [`  Bearer \t${good}  `, good],
    [`Bearer ${good} extra`, null],
  ])("%j → %j", (header, expected) => {
    expect(parseBearer(header)).toBe(expected);
  });
});

describe("isWellFormedToken", () => {
  it.each([
    [good, true],
    [`dbt_${"A".repeat(42)}`, false],
    [`dbt_${"A".repeat(44)}`, false],
    [`xyz_${"A".repeat(43)}`, false],
    [`dbt_${"A".repeat(42)}=`, false],
    ["", false],
  ])("%s → %s", (token, expected) => {
    expect(isWellFormedToken(token)).toBe(expected);
  });
});

it("keeps 12 characters to tell tokens apart", () => {
  expect(displayPrefix(good)).toBe("dbt_AAAAAAAA");
});
