// The dbt connector against a manifest the real dbt writes: `dbt build` of the project in
// test/connectors/dbt/project (from the connectors' venv, test/connectors/venv.ts) against this
// run's Postgres in a schema of its own, then target/manifest.json imported through runConnector.
// Entities, lineage, owners, skipped reasons, signal values, idempotency, a refused file and a
// refused importer that change nothing, the archive of what a newer manifest dropped, audit rows,
// ImportRun rows, and the feedback loop the new lineage lets the findings see.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";
import { dbtConnector } from "@/lib/server/connectors/dbt";
import { runConnector } from "@/lib/server/connectors/run-connector";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { createEntity, createRelation } from "@/lib/server/seed/factories/catalogue";
import { connectorToolDir, ensureConnectorsVenv, venvBin } from "@/test/connectors/venv";
import { makeAdmin, makeMaintainer, uid } from "./catalog-fixtures";

// env() reads settings once per process, on the first database call: set before any.
process.env.DBT_MAPPING = JSON.stringify({
  owners: {
    "data-platform@example.com": "team-dbt-platform",
    "ml-ops@example.com": "team-dbt-ml",
    "churn@example.com": "team-dbt-ml",
    "analytics@example.com": "team-dbt-analytics",
  },
});
const TEAMS = ["team-dbt-platform", "team-dbt-ml", "team-dbt-analytics"] as const;
const SCHEMA = `dbt_connector_${uid()}`;
const work = mkdtempSync(path.join(tmpdir(), "dbt-connector-"));
const project = path.join(work, "project");
let admin: Principal;
let first: string;

const dbtEnv = () => ({ ...process.env, DBT_SEND_ANONYMOUS_USAGE_STATS: "false", DO_NOT_TRACK: "1" });

/** Runs the venv's dbt in the copied project; its output is kept for the failure message. */
async function dbt(...args: string[]): Promise<void> {
  try {
    await promisify(execFile)(
      path.join(venvBin("dbt"), "dbt"),
      [...args, "--project-dir", project, "--profiles-dir", work, "--no-use-colors"],
      { cwd: project, env: dbtEnv(), timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`dbt ${args.join(" ")} failed: ${out.message}\n${out.stdout ?? ""}\n${out.stderr ?? ""}`);
  }
}

const manifestText = () => readFileSync(path.join(project, "target", "manifest.json"), "utf8");
const input = (text: string) => ({ text, fileName: "manifest.json" });
const run = (text: string, principal = admin, dryRun = false) =>
  runConnector(dbtConnector, input(text), { principal, source: "CLI", dryRun });

async function state() {
  const [entities, relations, nodes, audits, imports, runs] = await Promise.all([
    db().entity.findMany({
      where: { tags: { has: "dbt" } },
      select: { kind: true, name: true, version: true, archivedAt: true, team: { select: { slug: true } } },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
    }),
    db().relation.findMany({
      where: { kind: { in: ["SOURCE_FROM_SOURCE", "CONSUMER_READS_SOURCE"] } },
      select: {
        kind: true,
        origin: true,
        archivedAt: true,
        from: { select: { name: true } },
        to: { select: { name: true } },
      },
    }),
    db().dbtNode.findMany({ orderBy: { uniqueId: "asc" } }),
    db().auditEvent.count({ where: { action: { not: "import.apply" } } }),
    // One import.apply event per import that changed something.
    db().auditEvent.count({ where: { action: "import.apply" } }),
    db().importRun.count({ where: { connector: "DBT" } }),
  ]);
  return { entities, relations, nodes, audits, imports, runs };
}

beforeAll(async () => {
  ensureConnectorsVenv("dbt");
  for (const slug of TEAMS)
    await db().team.upsert({ where: { slug }, create: { slug, name: slug }, update: {}, select: { id: true } });
  admin = await makeAdmin();

  // The project's raw tables, in a schema of its own; dbt builds the rest beside them.
  const url = new URL(process.env.DATABASE_URL ?? "");
  await db().$executeRawUnsafe(`CREATE SCHEMA "${SCHEMA}"`);
  for (const ddl of [
    `CREATE TABLE "${SCHEMA}".orders (order_id int, customer_id int, amount numeric, ordered_at timestamptz, loaded_at timestamptz DEFAULT now())`,
    `CREATE TABLE "${SCHEMA}".customers (customer_id int, country_code text, signed_up_at timestamptz, loaded_at timestamptz DEFAULT now())`,
    `CREATE TABLE "${SCHEMA}".events (customer_id int, event_type text, occurred_at timestamptz, loaded_at timestamptz DEFAULT now())`,
    `CREATE TABLE "${SCHEMA}".churn_scores (customer_id int, score float, scored_at timestamptz, loaded_at timestamptz DEFAULT now())`,
    `INSERT INTO "${SCHEMA}".orders VALUES (1, 1, 10, now()), (2, 1, 20, now()), (3, 2, 5, now())`,
    `INSERT INTO "${SCHEMA}".customers VALUES (1, 'de', now()), (2, 'fr', now())`,
  ])
    await db().$executeRawUnsafe(ddl);
  cpSync(connectorToolDir("dbt") + "/project", project, { recursive: true });
  writeFileSync(
    path.join(work, "profiles.yml"),
    JSON.stringify({
      shop_ml: {
        target: "test",
        outputs: {
          test: {
            type: "postgres",
            host: url.hostname,
            port: Number(url.port || 5432),
            user: decodeURIComponent(url.username),
            password: decodeURIComponent(url.password),
            dbname: url.pathname.slice(1),
            schema: SCHEMA,
            threads: 1,
          },
        },
      },
    }),
  );
  await dbt("build");
  first = manifestText();
}, 900_000);

afterAll(async () => {
  await db().$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  rmSync(work, { recursive: true, force: true });
});

describe("the dbt connector", () => {
  it("imports sources, seeds, models, snapshots and exposures with their lineage and owners", async () => {
    const before = await state();
    const report = await run(first);
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(true);
    const after = await state();
    expect(after.entities.map((e) => `${e.kind}:${e.name} ${e.team?.slug}`)).toEqual([
      "DATA_SOURCE:shop_ml.churn_training_set team-dbt-ml",
      "DATA_SOURCE:shop_ml.country_codes team-dbt-platform",
      "DATA_SOURCE:shop_ml.customer_features team-dbt-ml",
      "DATA_SOURCE:shop_ml.customers_snapshot team-dbt-platform",
      "DATA_SOURCE:shop_ml.orders_daily team-dbt-analytics",
      "DATA_SOURCE:shop_ml.raw.churn_scores team-dbt-ml",
      "DATA_SOURCE:shop_ml.raw.customers team-dbt-platform",
      "DATA_SOURCE:shop_ml.raw.events team-dbt-platform",
      "DATA_SOURCE:shop_ml.raw.orders team-dbt-platform",
      "DATA_SOURCE:shop_ml.stg_churn_scores team-dbt-platform",
      "DATA_SOURCE:shop_ml.stg_customers team-dbt-platform",
      "DATA_SOURCE:shop_ml.stg_events team-dbt-platform",
      "DATA_SOURCE:shop_ml.stg_orders team-dbt-platform",
      "CONSUMER:shop_ml.churn_dashboard team-dbt-analytics",
      "CONSUMER:shop_ml.churn_model team-dbt-ml",
    ]);
    expect(after.relations.map((r) => `${r.kind} ${r.from.name} → ${r.to.name} ${r.origin}`).sort()).toEqual(
      [
        "CONSUMER_READS_SOURCE shop_ml.churn_training_set → shop_ml.churn_model DECLARED",
        "CONSUMER_READS_SOURCE shop_ml.customer_features → shop_ml.churn_dashboard DECLARED",
        "CONSUMER_READS_SOURCE shop_ml.orders_daily → shop_ml.churn_dashboard DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.country_codes → shop_ml.stg_customers DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.customer_features → shop_ml.churn_training_set DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.raw.churn_scores → shop_ml.stg_churn_scores DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.raw.customers → shop_ml.customers_snapshot DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.raw.customers → shop_ml.stg_customers DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.raw.events → shop_ml.stg_events DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.raw.orders → shop_ml.stg_orders DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.stg_churn_scores → shop_ml.customer_features DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.stg_customers → shop_ml.customer_features DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.stg_events → shop_ml.customer_features DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.stg_orders → shop_ml.customer_features DECLARED",
        "SOURCE_FROM_SOURCE shop_ml.stg_orders → shop_ml.orders_daily DECLARED",
      ].sort(),
    );
    // 15 entities, 15 relations, 15 signal rows.
    expect(report.counts).toEqual({ created: 45, changed: 0, archived: 0, unchanged: 0, skipped: 1 });
    expect(report.changes.filter((c) => c.type === "signals")).toHaveLength(15);
    expect(report.skipped).toEqual([
      "manifest.json › document 4 (model model.shop_ml.scratch_margins): not imported, nor its lineage: no owning team: " +
        "it has no meta.team, meta.owner or group owner; no DBT_MAPPING.paths rule matches " +
        "models/marts/scratch_margins.sql; DBT_MAPPING.default is unset.",
    ]);
    expect(report.notes[0]).toMatch(/^dbt project shop_ml, manifest generated .* by dbt 1\.11\.\d+\.$/);
    expect(report.notes).toContain(
      "Not catalogued: 6 tests (only sources, seeds, models, snapshots and exposures become entities; data tests are counted in each node's signals).",
    );

    // Fields from dbt: freshness SLA, the data owner, snapshots versioned, exposure links.
    const orders = await db().entity.findUniqueOrThrow({
      where: { kind_name: { kind: "DATA_SOURCE", name: "shop_ml.raw.orders" } },
      select: { title: true, description: true, lifecycle: true, source: true },
    });
    expect(orders).toMatchObject({
      title: `${new URL(process.env.DATABASE_URL ?? "").pathname.slice(1)}.${SCHEMA}.orders`,
      description: "One row per order.",
      lifecycle: "PRODUCTION",
      source: { system: "postgres", dataOwner: "data-platform@example.com", freshnessSlaHours: 24, versioned: false },
    });
    const dashboard = await db().entity.findUniqueOrThrow({
      where: { kind_name: { kind: "CONSUMER", name: "shop_ml.churn_dashboard" } },
      select: { title: true, links: true, consumer: { select: { consumerType: true, declared: true } } },
    });
    expect(dashboard).toEqual({
      title: "Churn dashboard",
      links: [{ type: "dashboard", url: "https://bi.example.com/dashboards/churn", title: "Churn dashboard" }],
      consumer: { consumerType: "DASHBOARD", declared: true },
    });

    // Audited in the import's transaction: one row per entity and relation created, and the import.
    expect(after.audits - before.audits).toBe(15 + 15);
    expect(after.imports - before.imports).toBe(1);
    expect(after.runs - before.runs).toBe(1);
    const row = await db().importRun.findFirstOrThrow({ where: { connector: "DBT" }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ status: "APPLIED", source: "CLI", dryRun: false, actorId: admin.userId });
  });

  it("stores each node's pipeline signals with the nodes behind them", async () => {
    const nodes = new Map((await state()).nodes.map((n) => [n.uniqueId, n]));
    expect(nodes.size).toBe(15);
    const pick = (id: string) => {
      const n = nodes.get(id)!;
      return [n.depth, n.fanIn, n.fanOut, n.upstreamSources, n.downstreamNodes, n.exposures, n.tests];
    };
    // depth, fan-in, fan-out, upstream sources, downstream, exposures, tests
    expect(pick("source.shop_ml.raw.orders")).toEqual([0, 0, 1, 0, 5, 2, 2]);
    expect(pick("source.shop_ml.raw.customers")).toEqual([0, 0, 2, 0, 4, 2, 0]);
    expect(pick("model.shop_ml.stg_orders")).toEqual([1, 1, 2, 1, 4, 2, 2]);
    expect(pick("model.shop_ml.customer_features")).toEqual([2, 4, 1, 5, 1, 2, 2]);
    expect(pick("model.shop_ml.churn_training_set")).toEqual([3, 1, 0, 5, 0, 1, 0]);
    expect(pick("exposure.shop_ml.churn_model")).toEqual([3, 1, 0, 5, 0, 0, 0]);
    const cf = nodes.get("model.shop_ml.customer_features")!;
    expect(cf).toMatchObject({ project: "shop_ml", resourceType: "model", materialized: "table" });
    expect(cf.explain).toMatchObject({
      longestPath: ["source.shop_ml.raw.churn_scores", "model.shop_ml.stg_churn_scores"],
      parents: [
        "model.shop_ml.stg_churn_scores",
        "model.shop_ml.stg_customers",
        "model.shop_ml.stg_events",
        "model.shop_ml.stg_orders",
      ],
      exposures: ["exposure.shop_ml.churn_dashboard", "exposure.shop_ml.churn_model"],
    });
  });

  it("changes nothing when the same manifest is imported again", async () => {
    const before = await state();
    const report = await run(first);
    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({ created: 0, changed: 0, archived: 0, unchanged: 30, skipped: 1 });
    expect(report.changes).toEqual([]);
    const after = await state();
    expect(after.entities).toEqual(before.entities);
    expect(after.relations).toEqual(before.relations);
    expect(after.nodes).toEqual(before.nodes);
    // Not even an import.apply audit row: only the run's own record.
    expect(after.audits).toBe(before.audits);
    expect(after.imports).toBe(before.imports);
    expect(after.runs).toBe(before.runs + 1);
  });

  it.each<[string, () => string, string]>([
    ["not JSON", () => '{"metadata":', "manifest.json is not JSON"],
    [
      "run_results.json",
      () => JSON.stringify({ metadata: { dbt_schema_version: "https://schemas.getdbt.com/dbt/run-results/v6.json" } }),
      "manifest.json › metadata.dbt_schema_version:",
    ],
    [
      "a manifest without its nodes",
      () => {
        const m = JSON.parse(first) as Record<string, unknown>;
        delete m.nodes;
        return JSON.stringify(m);
      },
      "manifest.json › nodes: is missing",
    ],
  ])("refuses %s, naming the problem, and writes nothing but the run's record", async (_, text, message) => {
    const before = await state();
    const report = await run(text());
    expect(report.applied).toBe(false);
    expect(report.errors.join("\n")).toContain(message);
    const after = await state();
    expect({ ...after, runs: 0 }).toEqual({ ...before, runs: 0 });
    expect(after.runs).toBe(before.runs + 1);
    const row = await db().importRun.findFirstOrThrow({ where: { connector: "DBT" }, orderBy: { createdAt: "desc" } });
    expect(row.status).toBe("REFUSED");
  });

  it("refuses a maintainer of one team an import that changes another team's entities, writing nothing", async () => {
    const ml = await db().team.findUniqueOrThrow({ where: { slug: "team-dbt-ml" }, select: { id: true } });
    const maintainer = await makeMaintainer([ml.id]);
    // A manifest that changes entities of two teams: a description edited on each.
    const m = JSON.parse(first) as {
      nodes: Record<string, { description: string }>;
      sources: Record<string, { description: string }>;
    };
    m.nodes["model.shop_ml.customer_features"]!.description = "Changed by the ML team.";
    m.sources["source.shop_ml.raw.orders"]!.description = "Changed by the ML team too.";
    const before = await state();
    const report = await run(JSON.stringify(m), maintainer);
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      "manifest.json › document 14 (source source.shop_ml.raw.orders) › spec.owner: You may not change source:shop_ml.raw.orders: it is owned by a team you do not maintain.",
    ]);
    expect({ ...(await state()), runs: 0 }).toEqual({ ...before, runs: 0 });
  });

  it("previews a changed manifest in a dry run without writing, then archives what a newer manifest dropped", async () => {
    // The next version of the project: the snapshot is gone and orders_daily gains a test.
    rmSync(path.join(project, "snapshots", "customers_snapshot.sql"));
    const marts = path.join(project, "models", "marts", "marts.yml");
    const yml = readFileSync(marts, "utf8");
    const owner = "        owner: analytics@example.com\n";
    expect(yml).toContain(owner);
    writeFileSync(marts, yml.replace(owner, `${owner}    columns:\n      - name: day\n        data_tests: [unique]\n`));
    await dbt("parse");
    const next = manifestText();
    const before = await state();
    const preview = await run(next, admin, true);
    expect(preview).toMatchObject({ applied: false, dryRun: true, errors: [] });
    expect(preview.changes).toEqual([
      { action: "archive", type: "entity", ref: "source:shop_ml.customers_snapshot" },
      { action: "update", type: "signals", ref: "source:shop_ml.orders_daily" },
      // raw.customers feeds one model fewer (the snapshot).
      { action: "update", type: "signals", ref: "source:shop_ml.raw.customers" },
    ]);
    expect({ ...(await state()), runs: 0 }).toEqual({ ...before, runs: 0 });

    const report = await run(next);
    expect(report.changes).toEqual(preview.changes);
    expect(report.counts).toMatchObject({ archived: 1, changed: 2, created: 0 });
    const after = await state();
    const snapshot = after.entities.find((e) => e.name === "shop_ml.customers_snapshot");
    expect(snapshot?.archivedAt).not.toBeNull();
    // Its relation stays, pointing at an archived entity the graph leaves out; its signals stay with it.
    expect(after.nodes.find((n) => n.uniqueId === "snapshot.shop_ml.customers_snapshot")).toBeDefined();
    expect(after.nodes.find((n) => n.uniqueId === "model.shop_ml.orders_daily")?.tests).toBe(1);
    expect(after.nodes.find((n) => n.uniqueId === "source.shop_ml.raw.customers")?.fanOut).toBe(1);
    const { id } = await db().entity.findUniqueOrThrow({
      where: { kind_name: { kind: "DATA_SOURCE", name: "shop_ml.customers_snapshot" } },
      select: { id: true },
    });
    const archived = await db().auditEvent.count({ where: { action: "entity.archive", targetId: id } });
    expect(archived).toBe(1);
  });

  it("lets the findings see a feedback loop through the dbt pipeline", async () => {
    // The churn model trains on a feature from customer_features; its scorer writes the scores
    // dbt loads back as raw.churn_scores, which customer_features reads: a hidden feedback loop.
    const ml = await db().team.findUniqueOrThrow({ where: { slug: "team-dbt-ml" }, select: { id: true } });
    const ref = (name: string) =>
      db().entity.findUniqueOrThrow({ where: { kind_name: { kind: "DATA_SOURCE", name } }, select: { id: true } });
    const features = await ref("shop_ml.customer_features");
    const scores = await ref("shop_ml.raw.churn_scores");
    const u = uid();
    const feature = await createEntity(db(), { kind: "FEATURE", name: `churn-spend-${u}`, teamId: ml.id });
    const model = await createEntity(db(), { kind: "MODEL", name: `churn-${u}`, teamId: ml.id });
    const scorer = await createEntity(db(), { kind: "CONSUMER", name: `churn-scorer-${u}`, teamId: ml.id });
    await createRelation(db(), { kind: "FEATURE_FROM_SOURCE", fromId: features.id, toId: feature.id });
    await createRelation(db(), { kind: "MODEL_USES_FEATURE", fromId: feature.id, toId: model.id });
    await createRelation(db(), { kind: "CONSUMER_READS_MODEL", fromId: model.id, toId: scorer.id });
    await createRelation(db(), { kind: "CONSUMER_WRITES_SOURCE", fromId: scorer.id, toId: scores.id });
    await recomputeFindings(db());
    const loops = await db().signal.findMany({
      where: { kind: "FEEDBACK_LOOP", status: "OPEN", members: { some: { entityId: model.id } } },
      select: { members: { select: { entity: { select: { name: true } } } } },
    });
    expect(loops).toHaveLength(1);
    expect(loops[0]!.members.map((m) => m.entity.name).sort()).toEqual(
      [
        `churn-${u}`,
        `churn-scorer-${u}`,
        `churn-spend-${u}`,
        "shop_ml.customer_features",
        "shop_ml.raw.churn_scores",
        "shop_ml.stg_churn_scores",
      ].sort(),
    );
  });
});
