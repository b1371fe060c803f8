import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import { fixture, relation, type FixtureSpec } from "./test-fixtures";
import type { UsageAggregate } from "./types";
import { findUndeclaredConsumers } from "./undeclared";

const now = new Date("2025-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const use = (modelId: string, caller: string | { id: string }, days: number, count = 1): UsageAggregate => ({
  modelId,
  callerName: typeof caller === "string" ? caller : caller.id,
  consumerId: typeof caller === "string" ? null : caller.id,
  occurredAt: daysAgo(days),
  count,
});

interface Row {
  name: string;
  spec: FixtureSpec;
  usage: UsageAggregate[];
  windowDays?: number;
  expected: { members: string[]; callers: string[]; count: number; observed: boolean }[];
}

describe("findUndeclaredConsumers", () => {
  it.each<Row>([
    {
      name: "nothing for a declared consumer, matched by id",
      spec: { paths: ["m1 > c1"] },
      usage: [use("m1", { id: "c1" }, 1)],
      expected: [],
    },
    {
      name: "nothing for a declared consumer, matched by name",
      spec: { paths: ["m1 > c1"] },
      usage: [use("m1", "c1", 1)],
      expected: [],
    },
    {
      name: "a catalogued consumer with no link",
      spec: { entities: { m1: {}, c1: {} } },
      usage: [use("m1", { id: "c1" }, 2, 5)],
      expected: [{ members: ["m1", "c1"], callers: ["c1"], count: 5, observed: false }],
    },
    {
      name: "a consumer linked only by observation",
      spec: { relations: [relation("m1", "c1", "OBSERVED")] },
      usage: [use("m1", "c1", 2)],
      expected: [{ members: ["m1", "c1"], callers: ["c1"], count: 1, observed: true }],
    },
    {
      name: "a caller the catalogue does not know",
      spec: { entities: { m1: {} } },
      usage: [use("m1", "batch-job", 3, 2), use("m1", "batch-job", 1, 3)],
      expected: [{ members: ["m1"], callers: ["batch-job"], count: 5, observed: false }],
    },
    {
      name: "a consumer declared for another model",
      spec: { paths: ["m2 > c1"], entities: { m1: {} } },
      usage: [use("m1", { id: "c1" }, 1)],
      expected: [{ members: ["m1", "c1"], callers: ["c1"], count: 1, observed: false }],
    },
    {
      name: "nothing for usage older than the window",
      spec: { entities: { m1: {} } },
      usage: [use("m1", "old-job", 31)],
      expected: [],
    },
    {
      name: "usage exactly at the window's start",
      spec: { entities: { m1: {} } },
      usage: [use("m1", "edge-job", 30)],
      expected: [{ members: ["m1"], callers: ["edge-job"], count: 1, observed: false }],
    },
    {
      name: "only the usage inside the window",
      spec: { entities: { m1: {} } },
      usage: [use("m1", "job", 45, 100), use("m1", "job", 10, 4)],
      expected: [{ members: ["m1"], callers: ["job"], count: 4, observed: false }],
    },
    {
      name: "within a shorter window",
      spec: { entities: { m1: {} } },
      usage: [use("m1", "job", 8), use("m1", "job", 6, 2)],
      windowDays: 7,
      expected: [{ members: ["m1"], callers: ["job"], count: 2, observed: false }],
    },
    {
      name: "nothing for an archived model",
      spec: { entities: { m1: { archived: true } } },
      usage: [use("m1", "job", 1)],
      expected: [],
    },
  ])("reports $name", ({ spec, usage, windowDays, expected }) => {
    const { entities, relations } = fixture(spec);
    const { findings } = findUndeclaredConsumers(buildGraph(entities, relations), usage, {
      now,
      undeclaredWindowDays: windowDays,
    });
    expect(
      findings.map((f) => ({
        members: f.memberIds,
        callers: f.evidence.callerNames,
        count: f.evidence.count,
        observed: f.evidence.observedRelation,
      })),
    ).toEqual(expected);
    for (const f of findings) expect(f.categoryKey).toBe("undeclared-consumers");
  });

  it("merges id and name sightings of one consumer and records when it was seen", () => {
    const { entities, relations } = fixture({ entities: { m1: {}, c1: { name: "reporting" } } });
    const usage = [use("m1", { id: "c1" }, 20, 1), use("m1", "reporting", 3, 2), use("m1", { id: "c1" }, 9, 4)];
    const { findings } = findUndeclaredConsumers(buildGraph(entities, relations), usage, { now });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence).toMatchObject({
      consumer: { id: "c1", name: "reporting" },
      callerNames: ["c1", "reporting"],
      count: 7,
      aggregates: 3,
      firstSeen: daysAgo(20).toISOString(),
      lastSeen: daysAgo(3).toISOString(),
      windowDays: 30,
    });
  });
});
