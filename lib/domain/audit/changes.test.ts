import { describe, expect, it } from "vitest";
import { actionLabel, auditChanges } from "./changes";

describe("auditChanges", () => {
  it.each<[unknown, unknown, ReturnType<typeof auditChanges>]>([
    [null, null, []],
    [{ orgRole: "MEMBER" }, { orgRole: "ADMIN" }, [{ field: "orgRole", from: "MEMBER", to: "ADMIN" }]],
    [
      null,
      { name: "CI", scopes: ["catalog:write", "usage:write"] },
      [
        { field: "name", from: null, to: "CI" },
        { field: "scopes", from: null, to: "catalog:write, usage:write" },
      ],
    ],
    [
      { team: "team-ranking", role: "MEMBER" },
      null,
      [
        { field: "team", from: "team-ranking", to: null },
        { field: "role", from: "MEMBER", to: null },
      ],
    ],
    [{ a: 1, same: "x" }, { a: 2, same: "x" }, [{ field: "a", from: "1", to: "2" }]],
    [[1, 2], "text", []],
  ])("%j → %j gives %j", (before, after, expected) => {
    expect(auditChanges(before, after)).toEqual(expected);
  });

  it("shows at most `limit` fields", () => {
    const after = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, i]));
    expect(auditChanges(null, after, 3)).toHaveLength(3);
  });
});

describe("actionLabel", () => {
  it.each([
    ["token.create", "Created API token"],
    ["user.org-role.update", "Changed organisation role"],
    ["auth.sign-in", "Signed in"],
    ["entity.update", "Entity update"],
    ["checklist-item.retire", "Checklist item retire"],
  ])("%s → %s", (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });
});
