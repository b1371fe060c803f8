import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/domain/graph";
import { planReconcile, type StoredFinding } from "./plan-reconcile";

const found = (fingerprint: string, memberIds: string[]): Finding => ({
  kind: "ORPHAN",
  categoryKey: "process-management-debt",
  title: fingerprint,
  memberIds,
  primaryId: memberIds[0]!,
  evidence: { entity: { id: memberIds[0]!, kind: "MODEL", name: "m" }, lifecycle: "PRODUCTION" },
  fingerprint,
});
const stored = (
  id: string,
  fingerprint: string,
  status: StoredFinding["status"],
  memberIds: string[] = ["a"],
): StoredFinding => ({ id, fingerprint, status, memberIds });

describe("planReconcile", () => {
  it.each<{
    name: string;
    stored: StoredFinding[];
    found: Finding[];
    create: string[];
    refresh: [string, boolean, boolean][];
    resolve: string[];
  }>([
    {
      name: "a new shape is created",
      stored: [],
      found: [found("f1", ["a"])],
      create: ["f1"],
      refresh: [],
      resolve: [],
    },
    {
      name: "an open shape still there is refreshed",
      stored: [stored("s1", "f1", "OPEN")],
      found: [found("f1", ["a"])],
      create: [],
      refresh: [["s1", false, false]],
      resolve: [],
    },
    {
      name: "an accepted shape still there keeps its status",
      stored: [stored("s1", "f1", "ACCEPTED")],
      found: [found("f1", ["a"])],
      create: [],
      refresh: [["s1", false, false]],
      resolve: [],
    },
    {
      name: "a resolved shape that reappears reopens",
      stored: [stored("s1", "f1", "RESOLVED")],
      found: [found("f1", ["a"])],
      create: [],
      refresh: [["s1", true, false]],
      resolve: [],
    },
    {
      name: "members that moved are rewritten",
      stored: [stored("s1", "f1", "OPEN", ["a", "b"])],
      found: [found("f1", ["a", "c"])],
      create: [],
      refresh: [["s1", false, true]],
      resolve: [],
    },
    {
      name: "open and accepted shapes that vanished resolve",
      stored: [stored("s1", "f1", "OPEN"), stored("s2", "f2", "ACCEPTED"), stored("s3", "f3", "RESOLVED")],
      found: [],
      create: [],
      refresh: [],
      resolve: ["s1", "s2"],
    },
    {
      name: "a repeated fingerprint counts once",
      stored: [],
      found: [found("f1", ["a"]), found("f1", ["a"])],
      create: ["f1"],
      refresh: [],
      resolve: [],
    },
  ])("$name", ({ stored: s, found: f, create, refresh, resolve }) => {
    const plan = planReconcile(s, f);
    expect(plan.create.map((c) => c.fingerprint)).toEqual(create);
    expect(plan.refresh.map((r) => [r.id, r.reopen, r.membersChanged])).toEqual(refresh);
    expect(plan.resolve).toEqual(resolve);
  });
});
