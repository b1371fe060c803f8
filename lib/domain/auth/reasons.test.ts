import { describe, expect, it } from "vitest";
import { onlyWhoCan } from "./reasons";

describe("onlyWhoCan", () => {
  it.each([
    ["review:run", "Ranking", "close this review", "Only Ranking maintainers can close this review."],
    ["catalog:write", "Fraud", "edit this team", "Only Fraud maintainers can edit this team."],
    ["review:run", null, "close this review", "Only organisation admins can close this review."],
    ["org:admin", "Ranking", "archive this team", "Only organisation admins can archive this team."],
  ] as const)("%s on %s", (permission, team, doing, expected) =>
    expect(onlyWhoCan(permission, team, doing)).toBe(expected),
  );
});
