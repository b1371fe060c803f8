import { describe, expect, it } from "vitest";
import { parseBackstageRef, parseEntityRef } from "./refs";

describe("refs", () => {
  it.each([
    ["feature:clicks-7d", null, { kind: "FEATURE", name: "clicks-7d" }],
    ["source:events.clicks", null, { kind: "DATA_SOURCE", name: "events.clicks" }],
    ["Model:ctr-v3", null, { kind: "MODEL", name: "ctr-v3" }],
    ["clicks-7d", "FEATURE", { kind: "FEATURE", name: "clicks-7d" }],
  ] as const)("%s", (ref, def, expected) => {
    expect(parseEntityRef(ref, def)).toEqual(expected);
  });
  it.each([
    ["clicks", null],
    ["widget:x", null],
    ["model:", null],
  ] as const)("rejects %s", (ref, def) => {
    expect(typeof parseEntityRef(ref, def)).toBe("string");
  });
  it.each([
    ["team-a", { kind: "group", namespace: "default", name: "team-a" }],
    ["group:team-a", { kind: "group", namespace: "default", name: "team-a" }],
    ["group:default/team-a", { kind: "group", namespace: "default", name: "team-a" }],
    ["Group:Other/team-a", { kind: "group", namespace: "other", name: "team-a" }],
  ])("backstage %s", (ref, expected) => {
    expect(parseBackstageRef(ref, "group")).toEqual(expected);
  });
});
