import { describe, expect, it } from "vitest";
import { formatSkipped } from "@/lib/domain/catalog-yaml/types";
import { parseManifest, type Manifest } from "./manifest";
import { dbtEntityName, freshnessHours, mapManifest, relationTitle } from "./map-manifest";
import { dbtMappingSchema } from "./owners";
import { exposure, manifest, node, source } from "./test-manifest";

const teams = new Set(["team-data", "team-ml", "team-bi"]);
function parsed(items: Record<string, unknown>[], extra: Record<string, unknown> = {}): Manifest {
  const r = parseManifest(JSON.stringify(manifest(items, extra)));
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.manifest;
}
const owned = { meta: { team: "team-data" } };

describe("mapManifest", () => {
  const m = parsed(
    [
      source("source.shop.raw.orders", {
        ...owned,
        description: "One row per order.",
        freshness: { warn_after: { count: 12, period: "hour" }, error_after: { count: 2, period: "day" } },
      }),
      node("seed.shop.countries", { config: { meta: { team: "team-data" }, materialized: "seed" } }),
      node("model.shop.stg_orders", {
        ...owned,
        tags: ["staging"],
        depends_on: { nodes: ["source.shop.raw.orders", "seed.shop.countries"] },
      }),
      node("model.shop.features", {
        group: "churn",
        config: { meta: { lifecycle: "experimental" }, materialized: "table" },
        depends_on: { nodes: ["model.shop.stg_orders"] },
      }),
      node("snapshot.shop.orders_snap", { ...owned, depends_on: { nodes: ["source.shop.raw.orders"] } }),
      node("model.shop.scratch", { depends_on: { nodes: ["model.shop.features"] } }),
      node("model.shop.after_scratch", { ...owned, depends_on: { nodes: ["model.shop.scratch", "metric.shop.m"] } }),
      node("test.shop.not_null_stg_orders_id.1", {
        attached_node: "model.shop.stg_orders",
        depends_on: { nodes: ["model.shop.stg_orders"] },
      }),
      node("test.shop.source_unique_orders.2", { depends_on: { nodes: ["source.shop.raw.orders"] } }),
      node("analysis.shop.adhoc", {}),
      exposure("exposure.shop.churn_dashboard", ["model.shop.features"], {
        label: "Churn dashboard",
        url: "https://bi.example.com/churn",
        owner: { name: "BI", email: "bi@example.com" },
      }),
      exposure("exposure.shop.churn_model", ["model.shop.features"], {
        type: "ml",
        maturity: "low",
        owner: { name: "Churn", email: "churn@example.com" },
      }),
    ],
    { groups: { "group.shop.churn": { name: "churn", owner: { name: "Churn squad", email: "churn@example.com" } } } },
  );
  const mapping = dbtMappingSchema.parse({ owners: { "churn@example.com": "team-ml", "bi@example.com": "team-bi" } });
  const out = mapManifest(m, mapping, teams);

  it("makes data sources of sources, seeds, models and snapshots, and consumers of exposures", () => {
    expect(out.errors).toEqual([]);
    expect(
      out.batch.entities.map(
        (e) => `${e.value.kind}:${e.value.name} ${e.value.team} ${e.value.lifecycle} [${e.value.tags.join(",")}]`,
      ),
    ).toEqual([
      "DATA_SOURCE:shop.after_scratch team-data PRODUCTION [dbt,dbt-model]",
      "DATA_SOURCE:shop.features team-ml EXPERIMENTAL [dbt,dbt-model]",
      "DATA_SOURCE:shop.stg_orders team-data PRODUCTION [dbt,dbt-model,staging]",
      "DATA_SOURCE:shop.countries team-data PRODUCTION [dbt,dbt-seed]",
      "DATA_SOURCE:shop.orders_snap team-data PRODUCTION [dbt,dbt-snapshot]",
      "DATA_SOURCE:shop.raw.orders team-data PRODUCTION [dbt,dbt-source]",
      "CONSUMER:shop.churn_dashboard team-bi PRODUCTION [dbt,dbt-exposure]",
      "CONSUMER:shop.churn_model team-ml EXPERIMENTAL [dbt,dbt-exposure]",
    ]);
  });

  it("fills the kinds' fields from what dbt knows", () => {
    const byName = new Map(out.batch.entities.map((e) => [e.value.name, e.value]));
    expect(byName.get("shop.raw.orders")).toMatchObject({
      title: "db.raw.orders",
      description: "One row per order.",
      dataSource: { system: "postgres", versioned: false, dataOwner: "", freshnessSlaHours: 48 },
    });
    expect(byName.get("shop.features")).toMatchObject({ dataSource: { dataOwner: "churn@example.com" } });
    expect(byName.get("shop.orders_snap")).toMatchObject({ dataSource: { versioned: true } });
    expect(byName.get("shop.churn_dashboard")).toMatchObject({
      title: "Churn dashboard",
      consumer: { consumerType: "DASHBOARD" },
      links: [{ type: "dashboard", url: "https://bi.example.com/churn", title: "Churn dashboard" }],
    });
    expect(byName.get("shop.churn_model")).toMatchObject({ consumer: { consumerType: "SERVICE" }, links: [] });
  });

  it("links parents to children and tables to the exposures that read them", () => {
    expect(out.batch.relations.map((r) => `${r.kind} ${r.from.name} → ${r.to.name}`)).toEqual([
      "SOURCE_FROM_SOURCE shop.stg_orders → shop.features",
      "SOURCE_FROM_SOURCE shop.raw.orders → shop.stg_orders",
      "SOURCE_FROM_SOURCE shop.countries → shop.stg_orders",
      "SOURCE_FROM_SOURCE shop.raw.orders → shop.orders_snap",
      "CONSUMER_READS_SOURCE shop.features → shop.churn_dashboard",
      "CONSUMER_READS_SOURCE shop.features → shop.churn_model",
    ]);
  });

  it("skips what has no owner, with the reason, and the links it would carry", () => {
    const why =
      "no owning team: it has no meta.team, meta.owner or group owner; " +
      "no DBT_MAPPING.paths rule matches models/scratch.sql; DBT_MAPPING.default is unset";
    expect(out.batch.skipped.map(formatSkipped)).toEqual([
      `manifest.json › document 3 (model model.shop.scratch): not imported, nor its lineage: ${why}.`,
      "manifest.json › document 1 (model model.shop.after_scratch): its link from model.shop.scratch was not recorded: " +
        `model.shop.scratch was not imported (${why}).`,
    ]);
    expect(out.present.has("model.shop.scratch")).toBe(true);
    expect(out.notes).toEqual([
      "Not catalogued: 1 analysis, 2 tests (only sources, seeds, models, snapshots and exposures become entities; data tests are counted in each node's signals).",
      "Links from 1 node that are not tables were not recorded (metric.shop.m).",
    ]);
  });

  it("carries each imported node's signals, counted over the whole project", () => {
    const sig = new Map(out.nodes.map((n) => [n.uniqueId, n.signals]));
    expect(sig.get("model.shop.stg_orders")).toMatchObject({ depth: 1, fanIn: 2, fanOut: 1, tests: 1 });
    expect(sig.get("source.shop.raw.orders")).toMatchObject({
      depth: 0,
      fanOut: 2,
      downstreamNodes: 5,
      exposures: 2,
      tests: 1,
    });
    expect(sig.get("model.shop.after_scratch")).toMatchObject({ depth: 4, fanIn: 1 });
    expect(out.nodes.find((n) => n.uniqueId === "model.shop.features")).toMatchObject({
      materialized: "table",
      team: "team-ml",
    });
  });

  it("is the same for the same file", () => {
    expect(mapManifest(m, mapping, teams)).toEqual(out);
  });

  it("refuses a file whose nodes depend on each other in a circle", () => {
    const cyclic = parsed([
      node("model.shop.a", { ...owned, depends_on: { nodes: ["model.shop.b"] } }),
      node("model.shop.b", { ...owned, depends_on: { nodes: ["model.shop.a"] } }),
    ]);
    expect(mapManifest(cyclic, mapping, teams).errors).toEqual([
      "manifest.json › depends_on: the nodes depend on each other in a circle (model.shop.a → model.shop.b → model.shop.a).",
    ]);
  });

  it("skips the second of two nodes whose names clash once lower-cased", () => {
    const clash = parsed([node("model.shop.Orders", owned), node("model.shop.orders", owned)]);
    const r = mapManifest(clash, mapping, teams);
    expect(r.batch.entities.map((e) => e.value.name)).toEqual(["shop.orders"]);
    expect(r.batch.skipped.map((s) => s.reason)).toEqual([
      "not imported: it would be source:shop.orders, the name model.shop.Orders already takes (names are compared in lower case).",
    ]);
  });
});

describe("names and fields", () => {
  it.each([
    ["model.shop.stg_orders", "shop.stg_orders"],
    ["source.shop.raw.orders", "shop.raw.orders"],
    ["model.shop.dim_customers.v2", "shop.dim_customers.v2"],
    ["exposure.Shop.Weekly KPIs", "shop.weekly-kpis"],
  ])("%s → %s", (id, name) => {
    expect(dbtEntityName(id)).toBe(name);
  });

  it.each([
    ['"db"."schema"."t"', "db.schema.t"],
    ["`proj`.`ds`.`t`", "proj.ds.t"],
    [null, "fallback"],
  ])("title of %j is %s", (relation, title) => {
    expect(relationTitle(relation, "fallback")).toBe(title);
  });

  it.each([
    [{ count: 30, period: "minute" }, null, 1],
    [null, { count: 6, period: "hour" }, 6],
    [{ count: 1, period: "day" }, { count: 6, period: "hour" }, 24],
    [null, null, null],
  ] as const)("freshness error_after %j, warn_after %j → %j hours", (errorAfter, warnAfter, hours) => {
    const m = parsed([source("source.shop.raw.t", { freshness: { error_after: errorAfter, warn_after: warnAfter } })]);
    expect(freshnessHours(m.sources["source.shop.raw.t"]!)).toBe(hours);
  });
});
