import { describe, expect, it } from "vitest";
import { NAME_PATTERN } from "@/lib/domain/catalog-yaml/fields";
import { entityNameFor, isModelNamespace, lineageMappingSchema, observeEvents, teamFor } from "./map-events";
import { runEventSchema, type RunEvent } from "./run-event";

describe("entityNameFor", () => {
  it.each([
    ["postgres://db:5432", "analytics.events", "postgres-db-5432-analytics.events"],
    ["s3://Bucket", "raw/Clicks 2026", "s3-bucket-raw-clicks-2026"],
    ["airflow", "dag_a.task_b", "airflow-dag_a.task_b"],
    ["", "ctr-v3", "ctr-v3"],
    ["kafka://broker:9092", "--topic--", "kafka-broker-9092-topic"],
    ["///", "!!!", "unnamed"],
  ])("%s + %s → %s", (namespace, name, expected) => {
    expect(entityNameFor(namespace, name)).toBe(expected);
  });

  it("cuts long names to 120 characters with a stable hash, still a valid entity name", () => {
    const a = entityNameFor("postgres://db:5432", `schema.${"x".repeat(200)}_a`);
    const b = entityNameFor("postgres://db:5432", `schema.${"x".repeat(200)}_b`);
    expect(a).toHaveLength(120);
    expect(a).not.toBe(b);
    expect(a).toBe(entityNameFor("postgres://db:5432", `schema.${"x".repeat(200)}_a`));
    expect(NAME_PATTERN.test(a)).toBe(true);
  });
});

describe("mapping rules", () => {
  const mapping = lineageMappingSchema.parse({
    teams: { "postgres://": "team-data", "postgres://db:5432": "team-ranking" },
    models: ["model://"],
  });
  it.each([
    ["postgres://db:5432", "team-ranking"],
    ["postgres://other:5432", "team-data"],
    ["s3://bucket", null],
  ])("namespace %s → team %s (longest prefix wins)", (namespace, team) => {
    expect(teamFor(namespace, mapping)).toBe(team);
  });
  it("knows model namespaces", () => {
    expect(isModelNamespace("model://registry", mapping)).toBe(true);
    expect(isModelNamespace("postgres://db:5432", mapping)).toBe(false);
  });
  it("refuses a team that is not a slug", () => {
    expect(lineageMappingSchema.safeParse({ teams: { "s3://": "Team Data" } }).success).toBe(false);
  });
});

const event = (over: Partial<RunEvent> & { eventTime: string }): RunEvent =>
  runEventSchema.parse({
    eventType: "COMPLETE",
    producer: "https://example.test/p",
    schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    run: { runId: "0193a9f4-5b1e-7c3d-9a2b-1c2d3e4f5a6b" },
    job: { namespace: "airflow", name: "rank_refresh" },
    ...over,
  });

describe("observeEvents", () => {
  const mapping = lineageMappingSchema.parse({ teams: { "postgres://db": "team-a" }, models: ["model://"] });
  it("turns jobs, datasets and their inputs and outputs into entities and links, keeping the latest time", () => {
    const io = {
      inputs: [
        { namespace: "model://registry", name: "ctr-v3" },
        { namespace: "postgres://db", name: "raw" },
      ],
      outputs: [
        { namespace: "postgres://db", name: "events" },
        { namespace: "model://registry", name: "ctr-v4" },
      ],
    };
    const o = observeEvents(
      [event({ eventTime: "2026-12-07T01:00:00Z", ...io }), event({ eventTime: "2026-12-07T02:00:00+00:00", ...io })],
      mapping,
    );
    expect([...o.consumers.values()]).toEqual([
      { name: "airflow-rank_refresh", title: "airflow/rank_refresh", namespace: "airflow", team: null },
    ]);
    expect([...o.sources.values()].map((s) => [s.name, s.team, s.system])).toEqual([
      ["postgres-db-raw", "team-a", "postgres"],
      ["postgres-db-events", "team-a", "postgres"],
    ]);
    const at = new Date("2026-12-07T02:00:00Z");
    expect(o.writes).toEqual([{ consumer: "airflow-rank_refresh", other: "postgres-db-events", seenAt: at }]);
    expect(o.modelReads).toEqual([{ consumer: "airflow-rank_refresh", other: "ctr-v3", seenAt: at }]);
    expect(o.sourceReads).toEqual([{ consumer: "airflow-rank_refresh", other: "postgres-db-raw", seenAt: at }]);
    expect(o.modelWrites).toEqual([{ consumer: "airflow-rank_refresh", other: "ctr-v4", seenAt: at }]);
  });
});

describe("runEventSchema", () => {
  const valid = {
    eventTime: "2026-12-07T01:00:00.123456+00:00",
    producer: "https://example.test/p",
    schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    run: { runId: "0193a9f4-5b1e-7c3d-9a2b-1c2d3e4f5a6b", facets: { nominalTime: { any: 1 } } },
    job: { namespace: "airflow", name: "a" },
    extraField: true,
  };
  it.each([
    ["a valid event (microseconds, facets, unknown fields)", {}, null],
    ["no eventTime", { eventTime: undefined }, "eventTime"],
    ["eventTime without offset", { eventTime: "2026-12-07T01:00:00" }, "eventTime"],
    ["runId not a UUID", { run: { runId: "42" } }, "run.runId"],
    ["empty job name", { job: { namespace: "a", name: "" } }, "job.name"],
    ["producer not a URI", { producer: "me" }, "producer"],
    ["unknown eventType", { eventType: "DONE" }, "eventType"],
    ["dataset without namespace", { inputs: [{ name: "x" }] }, "inputs.0.namespace"],
  ])("%s", (_label, over, badPath) => {
    const r = runEventSchema.safeParse({ ...valid, ...over });
    if (badPath === null) expect(r.success).toBe(true);
    else expect(r.error?.issues.map((i) => i.path.join("."))).toContain(badPath);
  });
});
