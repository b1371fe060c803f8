import { describe, expect, it } from "vitest";
import { initials, roleLabel, type RoleSummaryInput } from "./role-label";

describe("roleLabel", () => {
  it.each<[RoleSummaryInput, string]>([
    [{ orgRole: "ADMIN", teams: [{ name: "Ranking", role: "MEMBER" }] }, "Organisation admin"],
    [{ orgRole: "MEMBER", teams: [{ name: "Ranking", role: "MAINTAINER" }] }, "Maintainer · Ranking"],
    [
      {
        orgRole: "MEMBER",
        teams: [
          { name: "Search", role: "MEMBER" },
          { name: "Ranking", role: "MAINTAINER" },
          { name: "Fraud", role: "MAINTAINER" },
        ],
      },
      "Maintainer · Ranking +1",
    ],
    [
      {
        orgRole: "MEMBER",
        teams: [
          { name: "Ranking", role: "MEMBER" },
          { name: "Search", role: "MEMBER" },
        ],
      },
      "Member · Ranking +1",
    ],
    [{ orgRole: "MEMBER", teams: [] }, "Member · no team yet"],
  ])("%j → %s", (input, expected) => {
    expect(roleLabel(input)).toBe(expected);
  });
});

describe("initials", () => {
  it.each([
    ["Avery Admin", "AA"],
    ["Sam", "S"],
    ["  ada  king lovelace ", "AL"],
    ["", "?"],
  ])("%j → %s", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
