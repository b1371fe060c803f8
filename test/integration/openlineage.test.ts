// POST /api/v1/lineage over a real socket, fed by the official openlineage-python client (HTTP
// transport, API-key auth) from the connectors' venv (test/connectors/venv.ts): catalogue rows,
// observed links with their last-seen time, audit rows, idempotency, refusals that change
// nothing, a 400 naming the bad field, and the feedback loop the recompute finds.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postLineage } from "@/app/api/v1/lineage/route";
import { PERMISSIONS, type Permission } from "@/lib/domain/auth/permissions";
import { entityNameFor } from "@/lib/domain/openlineage/map-events";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { createEntity, createRelation } from "@/lib/server/seed/factories/catalogue";
import { connectorToolDir, ensureConnectorsVenv } from "@/test/connectors/venv";
import { makeMaintainer, uid } from "./catalog-fixtures";
import { startRouteServer, type RouteServer } from "./support/route-server";

const u = uid();
const PG = `postgres://ol-${u}:5432`;
const JOBS = `airflow-${u}`;
const OTHER_JOBS = `other-${u}`;
const MODELS = `model-${u}://registry`;
const SLUG_A = `ol-a-${u}`;
const SLUG_B = `ol-b-${u}`;
// env() reads settings once per process, on the first database call: set before any.
process.env.OPENLINEAGE_MAPPING = JSON.stringify({
  teams: { [PG]: SLUG_A, [JOBS]: SLUG_A, [OTHER_JOBS]: SLUG_B },
  models: [`model-${u}://`],
});
const T0 = new Date(Date.now() - 60 * 60_000).toISOString();
const T1 = new Date(Date.now() - 30 * 60_000).toISOString();

let python: string;
let server: RouteServer;
let teamA: { id: string; slug: string };
let teamB: { id: string; slug: string };
let tokenA: string;
let tokenB: string;
let tokenNoScope: string;
let model: { id: string; name: string };
let feature: { id: string };
let events: { id: string };
const work = mkdtempSync(path.join(tmpdir(), "openlineage-"));

async function tokenFor(userId: string, scopes: readonly Permission[]) {
  const minted = mintApiToken();
  await db().apiToken.create({
    data: { name: "ol", tokenHash: minted.hash, prefix: minted.prefix, userId, scopes: [...scopes] },
  });
  return minted.secret;
}

interface Emitted {
  status: number;
  body: {
    events?: number;
    counts?: { created: number; updated: number; unchanged: number; skipped: number };
    changes?: { action: string; type: string; ref: string }[];
    skipped?: string[];
    error?: { code: string; message: string };
  };
}

/**
 * Runs the Python emitter: START then COMPLETE per run, through the client's HTTP transport.
 * Asynchronously: the route server answering it runs in this process's event loop.
 */
async function emit(runs: object[], token: string): Promise<Emitted[]> {
  const file = path.join(work, `runs-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(runs));
  const { stdout } = await promisify(execFile)(
    python,
    [path.join(connectorToolDir("openlineage"), "emit_openlineage.py"), file],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        OPENLINEAGE__TRANSPORT__TYPE: "http",
        OPENLINEAGE__TRANSPORT__URL: server.url,
        OPENLINEAGE__TRANSPORT__ENDPOINT: "api/v1/lineage",
        OPENLINEAGE__TRANSPORT__AUTH__TYPE: "api_key",
        OPENLINEAGE__TRANSPORT__AUTH__API_KEY: token,
      },
      timeout: 120_000,
    },
  );
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Emitted);
}

const rankRefresh = {
  job: { namespace: JOBS, name: "rank_refresh" },
  runId: randomUUID(),
  start: T0,
  end: T1,
  inputs: [
    { namespace: MODELS, name: "" }, // filled in beforeAll with the model's name
    { namespace: PG, name: "analytics.raw_clicks" },
  ],
  outputs: [
    { namespace: PG, name: "analytics.events" },
    { namespace: PG, name: "analytics.rank_audit" },
  ],
};

async function state() {
  const [entities, relations, audits] = await Promise.all([
    db().entity.findMany({
      where: {
        OR: [{ title: { startsWith: PG } }, { title: { startsWith: JOBS } }, { title: { startsWith: OTHER_JOBS } }],
      },
      select: { id: true, kind: true, name: true, teamId: true, version: true, archivedAt: true },
      orderBy: { name: "asc" },
    }),
    db().relation.findMany({
      where: { OR: [{ from: { title: { startsWith: JOBS } } }, { to: { title: { startsWith: JOBS } } }] },
      select: { kind: true, fromId: true, toId: true, origin: true, lastSeenAt: true, archivedAt: true },
      orderBy: [{ kind: "asc" }, { fromId: "asc" }, { toId: "asc" }],
    }),
    db().auditEvent.count({ where: { action: { in: ["entity.observe", "lineage.record"] } } }),
  ]);
  return { entities, relations, audits };
}

const lineageRuns = () =>
  db().importRun.findMany({
    where: { connector: "OPENLINEAGE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { summary: true },
  });

beforeAll(async () => {
  const team = (slug: string) => db().team.create({ data: { slug, name: slug }, select: { id: true, slug: true } });
  teamA = await team(SLUG_A);
  teamB = await team(SLUG_B);
  const a = await makeMaintainer([teamA.id]);
  const b = await makeMaintainer([teamB.id]);
  tokenA = await tokenFor(a.userId!, PERMISSIONS);
  tokenB = await tokenFor(b.userId!, PERMISSIONS);
  tokenNoScope = await tokenFor(a.userId!, ["usage:write"]);
  // The model trains on a feature derived from analytics.events, which is already catalogued.
  model = await createEntity(db(), { kind: "MODEL", name: `ctr-${u}`, teamId: teamA.id });
  feature = await createEntity(db(), { kind: "FEATURE", name: `clicks-${u}`, teamId: teamA.id });
  events = await createEntity(db(), {
    kind: "DATA_SOURCE",
    name: entityNameFor(PG, "analytics.events"),
    title: `${PG}/analytics.events`,
    teamId: teamA.id,
  });
  await createRelation(db(), { kind: "FEATURE_FROM_SOURCE", fromId: events.id, toId: feature.id });
  await createRelation(db(), { kind: "MODEL_USES_FEATURE", fromId: feature.id, toId: model.id });
  rankRefresh.inputs[0]!.name = model.name;
  server = await startRouteServer({ "/lineage": postLineage });
  python = ensureConnectorsVenv("openlineage");
}, 15 * 60_000);

afterAll(async () => {
  await server?.close();
});

describe("POST /api/v1/lineage with the openlineage-python client", () => {
  it("records jobs, datasets and links from START and COMPLETE, and reports what it skipped", async () => {
    const auditsBefore = (await state()).audits;
    const runsBefore = await lineageRuns();
    const [start, complete] = await emit([rankRefresh], tokenA);
    expect(start!.status).toBe(200);
    const consumer = `consumer:${entityNameFor(JOBS, "rank_refresh")}`;
    const audit = `source:${entityNameFor(PG, "analytics.rank_audit")}`;
    const raw = `source:${entityNameFor(PG, "analytics.raw_clicks")}`;
    expect(start!.body.changes?.map((c) => `${c.action} ${c.ref}`).sort()).toEqual(
      [
        `create ${consumer}`,
        `create ${raw}`,
        `create ${audit}`,
        `create ${consumer} → ${audit}`,
        `create ${consumer} → source:${entityNameFor(PG, "analytics.events")}`,
        `create model:${model.name} → ${consumer}`,
        `create ${raw} → ${consumer}`,
      ].sort(),
    );
    // The plain dataset it reads is linked to the job too (data source → consumer).
    expect(start!.body.counts).toEqual({ created: 7, updated: 0, unchanged: 1, skipped: 0 });
    // COMPLETE, half an hour later: the same links, seen later.
    expect(complete!.status).toBe(200);
    expect(complete!.body.counts).toEqual({ created: 0, updated: 4, unchanged: 4, skipped: 0 });

    const after = await state();
    const job = after.entities.find((e) => e.kind === "CONSUMER")!;
    expect(job.teamId).toBe(teamA.id);
    const stored = await db().entity.findUniqueOrThrow({
      where: { id: job.id },
      select: { title: true, consumer: { select: { declared: true } } },
    });
    expect(stored).toEqual({ title: `${JOBS}/rank_refresh`, consumer: { declared: false } });
    const rawSource = await db().dataSource.findFirstOrThrow({
      where: { entity: { name: entityNameFor(PG, "analytics.raw_clicks") } },
      select: { system: true, entity: { select: { teamId: true } } },
    });
    expect(rawSource).toEqual({ system: "postgres", entity: { teamId: teamA.id } });
    expect(after.relations).toHaveLength(4);
    for (const r of after.relations) {
      expect(r.origin).toBe("OBSERVED");
      expect(r.lastSeenAt?.toISOString()).toBe(T1);
    }
    // The hand-catalogued data source was linked, not edited.
    expect(after.entities.find((e) => e.id === events.id)?.version).toBe(1);
    // Three observed entities and two recorded requests.
    expect(after.audits - auditsBefore).toBe(5);
    // Both requests changed something: two runs on the connectors page, each with its report.
    const runs = (await lineageRuns()).slice(runsBefore.length);
    expect(runs.map((r) => r.summary)).toEqual([
      expect.objectContaining({ created: 7, changed: 0, skippedItems: [] }),
      expect.objectContaining({ created: 0, changed: 4, skippedItems: [] }),
    ]);
  });

  it("changes nothing when the same events arrive again", async () => {
    const before = await state();
    const runsBefore = (await lineageRuns()).length;
    const again = await emit([rankRefresh], tokenA);
    expect(again.map((e) => e.status)).toEqual([200, 200]);
    for (const e of again) {
      expect(e.body.counts?.created).toBe(0);
      expect(e.body.counts?.updated).toBe(0);
      expect(e.body.skipped).toEqual([]);
    }
    expect(await state()).toEqual(before);
    expect(await lineageRuns()).toHaveLength(runsBefore);
  });

  it("refuses a token without catalog:write and another team's maintainer, changing nothing", async () => {
    const before = await state();
    const later = {
      ...rankRefresh,
      runId: randomUUID(),
      start: new Date().toISOString(),
      end: new Date().toISOString(),
    };
    const noScope = await emit([later], tokenNoScope);
    expect(noScope.map((e) => e.status)).toEqual([403, 403]);
    // Team B may not write team A's job, nor create its datasets.
    const otherTeam = await emit([later], tokenB);
    expect(otherTeam.map((e) => e.status)).toEqual([403, 403]);
    // Team B's own job writing into a namespace no rule maps: it would create an unowned source.
    const unmapped = await emit(
      [
        {
          ...later,
          job: { namespace: OTHER_JOBS, name: "export" },
          inputs: [],
          outputs: [{ namespace: `s3://unmapped-${u}`, name: "dump" }],
        },
      ],
      tokenB,
    );
    expect(unmapped[0]!.status).toBe(403);
    expect(unmapped[0]!.body.error?.message).toContain(
      `no OPENLINEAGE_MAPPING team rule matches namespace "s3://unmapped-${u}"`,
    );
    expect(await state()).toEqual(before);
  });

  it("answers 400 naming the bad field, 401 without a token, and takes a JSON list as a batch", async () => {
    const post = (body: unknown, token: string | null = tokenA) =>
      fetch(`${server.url}/api/v1/lineage`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const event = {
      eventType: "COMPLETE",
      eventTime: new Date().toISOString(),
      producer: "https://example.test/producer",
      schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
      run: { runId: randomUUID() },
      job: { namespace: JOBS, name: "batch_job" },
      outputs: [{ namespace: PG, name: "analytics.batch_out" }],
    };
    const before = await state();
    const bad = await post({ ...event, run: { runId: "not-a-uuid" } });
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { error: { message: string } };
    expect(badBody.error.message).toContain("events.0.run.runId");
    const noTime = await post([event, { ...event, eventTime: undefined }]);
    expect(noTime.status).toBe(400);
    expect(((await noTime.json()) as { error: { message: string } }).error.message).toContain("events.1.eventTime");
    expect((await post(event, null)).status).toBe(401);
    expect(await state()).toEqual(before);

    const batch = await post([event, { ...event, eventType: "START", run: { runId: randomUUID() } }]);
    expect(batch.status).toBe(200);
    const report = (await batch.json()) as Emitted["body"];
    expect(report.events).toBe(2);
    expect(report.counts?.created).toBe(3); // the job, its output, the link
  });

  it("surfaces a job that reads the model's output and writes its training data as a feedback loop", async () => {
    await recomputeFindings(db());
    const job = await db().entity.findUniqueOrThrow({
      where: { kind_name: { kind: "CONSUMER", name: entityNameFor(JOBS, "rank_refresh") } },
      select: { id: true },
    });
    const loops = await db().signal.findMany({
      where: { kind: "FEEDBACK_LOOP", status: "OPEN", members: { some: { entityId: model.id } } },
      select: { title: true, members: { select: { entityId: true } } },
    });
    expect(loops).toHaveLength(1);
    expect(loops[0]!.members.map((m) => m.entityId).sort()).toEqual([model.id, feature.id, events.id, job.id].sort());
  });
});
